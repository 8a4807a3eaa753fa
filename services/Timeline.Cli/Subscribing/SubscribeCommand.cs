using System.CommandLine;
using System.Text.Json;
using MassTransit;
using Timeline.Contracts;

namespace Timeline.Cli.Subscribing;

/// <summary>
/// `timeline subscribe`: listens on RabbitMQ for timeline changes and prints each one as a JSON line, through a
/// queue of its own that disappears when it stops.
/// </summary>
internal static class SubscribeCommand
{
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
            var uri = new Uri(parse.GetValue(rabbit) ?? Environment.GetEnvironmentVariable("ConnectionStrings__RabbitMq") ?? "amqp://guest:guest@localhost:5672/");
            var filter = new ChangeFilter(parse.GetValue(place), parse.GetValue(actor), parse.GetValue(type), parse.GetValue(change));
            var limit = parse.GetValue(count);
            var received = 0;
            var gate = new Lock();
            var done = new TaskCompletionSource();
            var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
            {
                var user = Uri.UnescapeDataString(uri.UserInfo.Split(':')[0]);
                var password = uri.UserInfo.Contains(':') ? Uri.UnescapeDataString(uri.UserInfo[(uri.UserInfo.IndexOf(':') + 1)..]) : "";
                var vhost = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
                cfg.Host(uri.Host, (ushort)(uri.Port > 0 ? uri.Port : 5672), vhost.Length == 0 ? "/" : vhost, h =>
                {
                    h.Username(user.Length == 0 ? "guest" : user);
                    h.Password(user.Length == 0 ? "guest" : password);
                });
                cfg.ReceiveEndpoint(new TemporaryEndpointDefinition("timeline-subscribe"), e =>
                {
                    e.Handler<TimelineEntryChanged>(context =>
                    {
                        if (!filter.Matches(context.Message))
                            return Task.CompletedTask;
                        lock (gate)
                        {
                            if (limit is { } l && received >= l)
                                return Task.CompletedTask;
                            Console.Out.WriteLine(JsonSerializer.Serialize(context.Message, CliJson.Compact));
                            Console.Out.Flush();
                            received++;
                            if (limit is { } max && received >= max)
                                done.TrySetResult();
                        }
                        return Task.CompletedTask;
                    });
                });
            });
            await bus.StartAsync(ct);
            Console.Error.WriteLine($"listening for timeline changes on {uri.Host}:{uri.Port}");
            try
            {
                await done.Task.WaitAsync(ct);
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                await bus.StopAsync(CancellationToken.None);
            }
            return 0;
        });
        return command;
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
