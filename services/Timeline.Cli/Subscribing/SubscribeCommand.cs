using System.CommandLine;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using Timeline.Contracts;

namespace Timeline.Cli.Subscribing;

/// <summary>
/// `timeline subscribe`: listens on RabbitMQ for timeline changes and prints each one as a JSON line, through a
/// queue of its own that disappears when it stops. It binds to the fanout exchange the Timeline API publishes to
/// (one per message type, named "Timeline.Contracts:TimelineEntryChanged") and reads the envelope's "message".
/// </summary>
internal static class SubscribeCommand
{
    private const string Exchange = $"Timeline.Contracts:{nameof(TimelineEntryChanged)}";

    public static Command Create()
    {
        var rabbit = new Option<string>("--rabbitmq") { Description = "The broker, as an amqp:// URI (default: ConnectionStrings__RabbitMq, else amqp://guest:guest@localhost:5672/)." };
        var place = new Option<string?>("--place") { Description = "Only entries at this place (id or English name)." };
        var actor = new Option<string?>("--actor") { Description = "Only entries with this participant id (RU, NATO, ...)." };
        var type = new Option<string?>("--type") { Description = "Only this event type." };
        var change = new Option<string?>("--change") { Description = "Only created, updated or removed." };
        var count = new Option<int?>("--count") { Description = "Stop after this many events." };
        var command = new Command("subscribe", "Print timeline changes as they happen (JSON lines).") { rabbit, place, actor, type, change, count };
        command.SetAction(async (parse, ct) =>
        {
            var address = parse.GetValue(rabbit) ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq") ?? "amqp://guest:guest@localhost:5672/";
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("amqp" or "amqps"))
            {
                Console.Error.WriteLine($"--rabbitmq {address}: use an amqp:// URI.");
                return 2;
            }
            var filter = new ChangeFilter(parse.GetValue(place), parse.GetValue(actor), parse.GetValue(type), parse.GetValue(change));
            var printer = new Printer(filter, parse.GetValue(count));
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
                printer.Print(delivery.Body);
                return Task.CompletedTask;
            };
            await channel.BasicConsumeAsync(queue.QueueName, autoAck: true, consumer, ct);
            Console.Error.WriteLine($"listening for timeline changes on {uri.Host}:{uri.Port}");
            try
            {
                await printer.Done.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
            }
            return printer.Unreadable == 0 ? 0 : 1;
        });
        return command;
    }

    /// <summary>Prints the changes that pass the filter, up to the limit; counts the messages it could not read.</summary>
    private sealed class Printer(ChangeFilter filter, int? limit)
    {
        private readonly Lock gate = new();
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int printed;

        public Task Done => done.Task;

        public int Unreadable { get; private set; }

        public void Print(ReadOnlyMemory<byte> body)
        {
            TimelineEntryChanged? change;
            try
            {
                using var envelope = JsonDocument.Parse(body);
                change = envelope.RootElement.TryGetProperty("message", out var message)
                    ? message.Deserialize(CliJson.Compact.TimelineEntryChanged)
                    : null;
            }
            catch (JsonException e)
            {
                change = null;
                Console.Error.WriteLine($"skipped a message that is not a timeline change: {e.Message}");
            }
            lock (gate)
            {
                if (change is null)
                {
                    Unreadable++;
                    return;
                }
                if (!filter.Matches(change) || (limit is { } l && printed >= l))
                    return;
                Console.Out.WriteLine(JsonSerializer.Serialize(change, CliJson.Compact.TimelineEntryChanged));
                Console.Out.Flush();
                printed++;
                if (limit is { } max && printed >= max)
                    done.TrySetResult();
            }
        }
    }

    private sealed record ChangeFilter(string? Place, string? Actor, string? Type, string? Change)
    {
        public bool Matches(TimelineEntryChanged c) =>
            (Place is null || string.Equals(c.Entry.Place?.Id, Place.ToLowerInvariant().Replace(' ', '-'), StringComparison.Ordinal))
            && (Actor is null || c.Entry.Participants.Any(p => string.Equals(p.Id, Actor, StringComparison.OrdinalIgnoreCase)))
            && (Type is null || string.Equals(c.Entry.Type, Type, StringComparison.OrdinalIgnoreCase))
            && (Change is null || string.Equals(c.Change, Change, StringComparison.OrdinalIgnoreCase));
    }
}
