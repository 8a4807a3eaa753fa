using MassTransit;
using Timeline.Api.Timeline;
using Timeline.Contracts;
using Timeline.ServiceDefaults.Messaging;

namespace Timeline.Api.Messaging;

/// <summary>
/// Folds each article's events into the timeline. Every entry that changes is written with the notification it owes;
/// the outbox dispatcher publishes those, so a crash between the two loses nothing.
/// </summary>
public sealed class TimelineConsumer(TimelineProjector projector, TimelineOutboxDispatcher outbox) : IConsumer<ArticleEventsExtracted>
{
    public async Task Consume(ConsumeContext<ArticleEventsExtracted> context)
    {
        var changes = await projector.ApplyAsync(context.Message, context.CancellationToken);
        if (changes.Count > 0)
            outbox.Signal();
    }
}

public sealed class TimelineConsumerDefinition : ConsumerDefinition<TimelineConsumer>
{
    public TimelineConsumerDefinition()
    {
        // Rebuilding a bucket reads then writes it; one article at a time per instance keeps that consistent.
        // Run one Timeline API instance per database (see docs/decisions/0003-one-timeline-writer.md).
        ConcurrentMessageLimit = 1;
    }
}

/// <summary>
/// Publishes every timeline change written with its entry and not yet sent, in version order per entry, then records
/// it as sent and hands it to the live stream. The message id is derived from the entry and version, so a change
/// sent again after a crash (published, not yet recorded) is the same message.
/// </summary>
public sealed class TimelineOutboxDispatcher(IServiceScopeFactory scopes, ITimelineStore store, TimelineChangeFeed feed, ILogger<TimelineOutboxDispatcher> logger)
    : OutboxDispatcher(scopes, logger, TimeSpan.FromSeconds(1))
{
    public static Guid MessageIdOf(TimelineEntryChanged change) => MessageId($"timeline:{change.EntryId}:{change.Version}");

    public override async Task<int> DispatchAsync(CancellationToken cancellationToken)
    {
        var pending = await store.PendingAsync(100, cancellationToken);
        if (pending.Count == 0)
            return 0;
        var sent = 0;
        foreach (var entry in pending)
        {
            foreach (var change in entry.Pending.Where(p => p.Version > entry.NotifiedVersion).OrderBy(p => p.Version))
            {
                await PublishAsync(change, MessageIdOf(change), cancellationToken);
                await store.MarkNotifiedAsync(entry.Id, change.Version, cancellationToken);
                feed.Announce([new EntryChange(change, entry)]);
                sent++;
            }
            if (entry.Pending.All(p => p.Version <= entry.NotifiedVersion))
                await store.MarkNotifiedAsync(entry.Id, entry.Version, cancellationToken);
        }
        return sent;
    }
}
