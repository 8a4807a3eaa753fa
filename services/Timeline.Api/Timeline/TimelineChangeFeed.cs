using System.Threading.Channels;
using Timeline.Contracts;

namespace Timeline.Api.Timeline;

/// <summary>A change as published, with the whole entry it concerns (for filtering the live stream).</summary>
public sealed record EntryChange(TimelineEntryChanged Message, TimelineEntry Entry);

/// <summary>Fans timeline changes out to the live stream's listeners inside this process.</summary>
public sealed class TimelineChangeFeed
{
    private readonly Lock gate = new();
    private readonly List<Channel<EntryChange>> listeners = [];

    public void Announce(IEnumerable<EntryChange> changes)
    {
        lock (gate)
        {
            foreach (var change in changes)
                foreach (var listener in listeners)
                    listener.Writer.TryWrite(change);
        }
    }

    /// <summary>A listener that sees every change from now on until it is disposed. Slow listeners lose the oldest changes.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<EntryChange>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
            listeners.Add(channel);
        return new Subscription(this, channel);
    }

    public sealed class Subscription(TimelineChangeFeed feed, Channel<EntryChange> channel) : IDisposable
    {
        public ChannelReader<EntryChange> Reader => channel.Reader;

        public void Dispose()
        {
            lock (feed.gate)
                feed.listeners.Remove(channel);
            channel.Writer.TryComplete();
        }
    }
}
