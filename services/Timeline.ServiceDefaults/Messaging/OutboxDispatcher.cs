using System.Security.Cryptography;
using System.Text;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Timeline.ServiceDefaults.Messaging;

/// <summary>
/// Publishes what a service has stored as "to be sent" (its outbox) and marks it sent. It runs when signalled (right
/// after a consumer stored something) and every interval besides, so what a crash left unsent goes out once the
/// process is back. A failure leaves the item pending for the next round: delivery is at least once, and every
/// message carries an id derived from what it announces, so a copy sent again is recognisable as the same message.
/// </summary>
public abstract class OutboxDispatcher(IServiceScopeFactory scopes, ILogger logger, TimeSpan interval) : BackgroundService
{
    private readonly SemaphoreSlim signal = new(0, 1);

    /// <summary>Asks for a round now (several asks before it starts make one round).</summary>
    public void Signal()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // A round is already asked for.
        }
    }

    /// <summary>Publishes pending items and marks them sent; returns how many went out.</summary>
    public abstract Task<int> DispatchAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(interval, stoppingToken);
                while (await DispatchAsync(stoppingToken) > 0)
                {
                    // Drain what piled up before waiting again.
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Outbox: could not publish every pending message; will try again");
            }
        }
    }

    /// <summary>Publishes one message under its stable id, waiting at most ten seconds for the broker to take it.</summary>
    protected async Task PublishAsync<T>(T message, Guid messageId, CancellationToken cancellationToken) where T : class
    {
        using var scope = scopes.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IBus>();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        await bus.Publish(message, c => c.MessageId = messageId, timeout.Token);
    }

    /// <summary>A message id that is the same every time the same thing is announced (a version-4-shaped UUID from SHA-256).</summary>
    public static Guid MessageId(string what)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(what));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x40);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
