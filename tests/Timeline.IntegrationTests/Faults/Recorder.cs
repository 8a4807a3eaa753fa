using System.Collections.Concurrent;
using System.Text.Json;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Timeline.IntegrationTests.Faults;

/// <summary>One message as a subscriber received it: which exchange, its envelope's message id, and the contract inside.</summary>
public sealed record Delivery(string Type, Guid MessageId, JsonElement Message, ReadOnlyMemory<byte> Body, string? ContentType);

/// <summary>
/// A subscriber in the way the README tells anyone to subscribe: a durable queue of its own bound to the fanout
/// exchanges, acknowledging each message after recording it. It reconnects by itself across a broker restart, so a
/// message whose acknowledgement was lost arrives again: the checker tells such copies (same message id) apart from
/// a change announced twice.
/// </summary>
public sealed class Recorder : IAsyncDisposable
{
    public static readonly string[] Types = ["ArticleSubmitted", "ArticleEventsExtracted", "ArticleExtractionFailed", "TimelineEntryChanged"];

    private readonly ConcurrentQueue<Delivery> deliveries = new();
    private IConnection connection = null!;
    private IChannel channel = null!;
    private string queue = "";

    public static async Task<Recorder> StartAsync(string amqp, string queue)
    {
        var recorder = new Recorder { queue = queue };
        var factory = new ConnectionFactory
        {
            Uri = new Uri(amqp),
            ClientProvidedName = "fault-test recorder",
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = TimeSpan.FromSeconds(1),
        };
        recorder.connection = await factory.CreateConnectionAsync();
        recorder.channel = await recorder.connection.CreateChannelAsync();
        await recorder.channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false);
        foreach (var type in Types)
        {
            var exchange = $"Timeline.Contracts:{type}";
            await recorder.channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false);
            await recorder.channel.QueueBindAsync(queue, exchange, "");
        }
        var consumer = new AsyncEventingBasicConsumer(recorder.channel);
        consumer.ReceivedAsync += async (_, delivery) =>
        {
            recorder.Record(delivery.Exchange, delivery.Body.ToArray(), delivery.BasicProperties.ContentType);
            try
            {
                await recorder.channel.BasicAckAsync(delivery.DeliveryTag, multiple: false);
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.AlreadyClosedException or IOException or ObjectDisposedException)
            {
                // The broker went away first: the message comes again, and is recorded as a copy.
            }
        };
        await recorder.channel.BasicConsumeAsync(queue, autoAck: false, consumer);
        return recorder;
    }

    private void Record(string exchange, byte[] body, string? contentType)
    {
        using var envelope = JsonDocument.Parse(body);
        var type = exchange[(exchange.IndexOf(':') + 1)..];
        deliveries.Enqueue(new Delivery(type, envelope.RootElement.GetProperty("messageId").GetGuid(),
            envelope.RootElement.GetProperty("message").Clone(), body, contentType));
    }

    public IReadOnlyList<Delivery> Of(string type) => deliveries.Where(d => d.Type == type).ToList();

    public int Count => deliveries.Count;

    /// <summary>Publishes recorded messages again, as they were (same body, same message id), in the given order.</summary>
    public async Task ReplayAsync(IEnumerable<Delivery> replayed)
    {
        await using var publisher = await connection.CreateChannelAsync();
        foreach (var delivery in replayed)
        {
            var properties = new BasicProperties
            {
                ContentType = delivery.ContentType ?? "application/vnd.masstransit+json",
                MessageId = delivery.MessageId.ToString(),
                Persistent = true,
            };
            await publisher.BasicPublishAsync($"Timeline.Contracts:{delivery.Type}", "", mandatory: false, properties, delivery.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await channel.QueueDeleteAsync(queue);
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.OperationInterruptedException or RabbitMQ.Client.Exceptions.AlreadyClosedException)
        {
            // Left for the test broker's end.
        }
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }

    public override string ToString() => string.Join(", ", Types.Select(t => $"{Of(t).Count} {t}"));
}
