using MassTransit;
using Timeline.Api.Timeline;
using Timeline.Contracts;

namespace Timeline.Api.Messaging;

/// <summary>Folds each article's events into the timeline and announces every entry that changed.</summary>
public sealed class TimelineConsumer(TimelineProjector projector, TimelineChangeFeed feed) : IConsumer<ArticleEventsExtracted>
{
    public async Task Consume(ConsumeContext<ArticleEventsExtracted> context)
    {
        var changes = await projector.ApplyAsync(context.Message, context.CancellationToken);
        foreach (var change in changes)
            await context.Publish(change.Message, context.CancellationToken);
        feed.Announce(changes);
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
