using System.CommandLine;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Contracts;
using Timeline.Extraction.Gazetteer;

namespace Timeline.Cli.Subscribing;

/// <summary>
/// `timeline subscribe`: prints timeline changes as they happen, one JSON line each. With a broker (--rabbitmq, or
/// ConnectionStrings__RabbitMq) it listens through a queue of its own, bound to the fanout exchange the Timeline API
/// publishes to ("Timeline.Contracts:TimelineEntryChanged"), that disappears when it stops. Without one it reads the
/// Timeline API's live stream (Server-Sent Events), which every host serves, the all-in-one host included.
/// </summary>
internal static class SubscribeCommand
{
    private const string Exchange = $"Timeline.Contracts:{nameof(TimelineEntryChanged)}";

    public static Command Create()
    {
        var rabbit = new Option<string?>("--rabbitmq") { Description = "Listen on this broker, an amqp:// URI (default: ConnectionStrings__RabbitMq if set; otherwise the API's live stream is read)." };
        var api = new Option<string>("--api")
        {
            Description = "Where the live stream is read when no broker is given: the all-in-one host, or with the separate services the Timeline API "
                + "(http://localhost:5082); default: TIMELINE_API, else " + ApiAddress.QuickStart + ".",
            DefaultValueFactory = _ => ApiAddress.Default,
        };
        var key = new Option<string?>("--api-key") { Description = ApiAddress.KeyDescription + " Needed only where the operator closed reads.", DefaultValueFactory = _ => ApiAddress.DefaultKey };
        var place = new Option<string?>("--place") { Description = "Only entries at this place, by any of its names (\"Wien\", \"vienna\")." };
        var actor = new Option<string?>("--actor") { Description = "Only entries with this participant, by any of its names or its id (\"Russland\", \"RU\", \"NATO\")." };
        var type = new Option<string?>("--type") { Description = "Only this event type (CONSULT, AGREE, ...)." };
        var change = new Option<string?>("--change") { Description = "Only created, updated or removed." };
        var count = new Option<int?>("--count") { Description = "Stop after this many changes." };
        var command = new Command("subscribe", "Print timeline changes as they happen (JSON lines).") { rabbit, api, key, place, actor, type, change, count };
        command.SetAction(async (parse, ct) =>
        {
            var changeKind = parse.GetValue(change);
            if (changeKind is not null && !EntryChanges.All.Contains(changeKind.ToLowerInvariant()))
            {
                Console.Error.WriteLine($"--change {changeKind}: use {string.Join(", ", EntryChanges.All)}.");
                return 2;
            }
            var eventType = parse.GetValue(type)?.Trim().ToUpperInvariant();
            if (eventType is not null && !EventTypes.All.Contains(eventType))
            {
                Console.Error.WriteLine($"--type {parse.GetValue(type)}: use {string.Join(", ", EventTypes.All)}.");
                return 2;
            }
            var printer = new Printer(changeKind?.ToLowerInvariant(), parse.GetValue(count));
            var broker = parse.GetValue(rabbit) ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq");
            return broker is null
                ? await ChangeStream.ReadAsync(parse.GetValue(api)!, parse.GetValue(key), parse.GetValue(place), parse.GetValue(actor), eventType, printer, ct)
                : await FromBrokerAsync(broker, ChangeFilter.Resolve(parse.GetValue(place), parse.GetValue(actor), eventType), printer, ct);
        });
        return command;
    }

    private static async Task<int> FromBrokerAsync(string address, ChangeFilter filter, Printer printer, CancellationToken ct)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
        {
            Console.Error.WriteLine($"--rabbitmq {address}: use an amqp:// URI.");
            return 2;
        }
        var factory = new ConnectionFactory { Uri = uri, ClientProvidedName = "timeline subscribe" };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        // Declared as the publisher declares it, so that subscribing first works too.
        await channel.ExchangeDeclareAsync(Exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: ct);
        var queue = await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: ct);
        await channel.QueueBindAsync(queue.QueueName, Exchange, "", cancellationToken: ct);
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) =>
        {
            TimelineEntryChanged? change;
            try
            {
                using var envelope = JsonDocument.Parse(delivery.Body);
                change = envelope.RootElement.TryGetProperty("message", out var message) ? message.Deserialize(CliJson.Compact.TimelineEntryChanged) : null;
            }
            catch (JsonException e)
            {
                change = null;
                Console.Error.WriteLine($"skipped a message that is not a timeline change: {e.Message}");
            }
            if (change is null)
                printer.Unreadable();
            else if (filter.Matches(change))
                printer.Print(change);
            return Task.CompletedTask;
        };
        await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, ct);
        Console.Error.WriteLine($"listening for timeline changes on the broker at {uri.Host}:{uri.Port}");
        return await printer.WaitAsync(ct);
    }

    /// <summary>
    /// What the broker's messages are filtered by: names resolved as the API resolves them (any name the gazetteer
    /// knows, or an id as it stands), so that both ways of subscribing select alike.
    /// </summary>
    private sealed record ChangeFilter(IReadOnlyList<string>? PlaceIds, IReadOnlyList<string>? ActorIds, string? Type)
    {
        public static ChangeFilter Resolve(string? place, string? actor, string? type) => new(
            place is null ? null : Gazetteer.Default.PlacesNamed(place).Select(p => p.CityId ?? p.Id).Append(place.Trim().ToLowerInvariant().Replace(' ', '-')).ToList(),
            actor is null ? null : Gazetteer.Default.ActorsNamed(actor).Select(a => a.Id).Append(actor.Trim()).Append(actor.Trim().ToUpperInvariant()).ToList(),
            type);

        public bool Matches(TimelineEntryChanged c) =>
            (PlaceIds is null || (c.Entry.Place is { } p && PlaceIds.Contains(p.Id)))
            && (ActorIds is null || c.Entry.Participants.Any(p => ActorIds.Contains(p.Id) || (p.Affiliation is { } a && ActorIds.Contains(a))))
            && (Type is null || c.Entry.Type == Type);
    }
}

/// <summary>Prints the changes it is given, of the kind asked for, up to the limit; counts the messages it could not read.</summary>
internal sealed class Printer(string? change, int? limit)
{
    private readonly Lock gate = new();
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int printed;
    private int unreadable;

    public bool Finished => done.Task.IsCompleted;

    public void Unreadable()
    {
        lock (gate)
            unreadable++;
    }

    public void Print(TimelineEntryChanged message)
    {
        lock (gate)
        {
            if ((change is not null && message.Change != change) || (limit is { } l && printed >= l))
                return;
            Console.Out.WriteLine(JsonSerializer.Serialize(message, CliJson.Compact.TimelineEntryChanged));
            Console.Out.Flush();
            printed++;
            if (limit is { } max && printed >= max)
                done.TrySetResult();
        }
    }

    /// <summary>Until the limit is reached or the user stops it; non-zero when some message could not be read.</summary>
    public async Task<int> WaitAsync(CancellationToken ct)
    {
        try
        {
            await done.Task.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
        }
        lock (gate)
            return unreadable == 0 ? 0 : 1;
    }
}
