using Xunit.Abstractions;

namespace Timeline.IntegrationTests.Faults;

/// <summary>
/// The fault suite: the real services as processes on the real RabbitMQ node and MongoDB-wire server, 200 articles
/// a run, a fault injected while they flow, and every article and timeline change classified as once, lost or
/// duplicated (<see cref="QueueChecker"/>). Expected, and required: nothing lost, nothing duplicated.
/// Each run is bounded: 120 s for the stream, 150 s to settle; the four runs take about four minutes together.
/// </summary>
[Collection(nameof(FaultTests))]
public sealed class FaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(150);

    [Fact]
    public Task The_broker_stopped_and_started_twice_mid_stream_loses_and_duplicates_nothing() =>
        Run("broker stopped and started", 2001, workers: 1, throughProxy: false, async run =>
        {
            await run.AcceptedAtLeastAsync(60);
            RabbitNode.StopApp();
            run.Note("broker stopped (rabbitmqctl stop_app)");
            await Task.Delay(TimeSpan.FromSeconds(5));
            RabbitNode.StartApp();
            run.Note("broker started");
            await run.AcceptedAtLeastAsync(140);
            RabbitNode.StopApp();
            run.Note("broker stopped");
            await Task.Delay(TimeSpan.FromSeconds(3));
            RabbitNode.StartApp();
            run.Note("broker started");
        });

    [Fact]
    public Task The_broker_killed_with_SIGKILL_mid_stream_loses_and_duplicates_nothing() =>
        Run("broker killed with -9", 2002, workers: 1, throughProxy: false, async run =>
        {
            await run.AcceptedAtLeastAsync(80);
            run.Note("killing the broker's Erlang VM with SIGKILL");
            await RabbitNode.KillAndRestartAsync();
            run.Note("broker started again on its data directory");
        });

    [Fact]
    public Task A_worker_with_a_second_running_the_Timeline_API_and_the_Articles_API_killed_with_SIGKILL_lose_and_duplicate_nothing() =>
        Run("worker, Timeline API and Articles API killed with -9", 2003, workers: 2, throughProxy: false, async run =>
        {
            await run.AcceptedAtLeastAsync(50);
            run.Workers[0].Kill();
            run.Note("worker 1 of 2 killed with SIGKILL (stays down)");
            await run.AcceptedAtLeastAsync(100);
            run.TimelineApi.Kill();
            run.Note("Timeline API killed with SIGKILL");
            await Task.Delay(1000);
            await run.TimelineApi.StartAsync();
            run.Note("Timeline API started again");
            await run.AcceptedAtLeastAsync(150);
            run.ArticlesApi.Kill();
            run.Note("Articles API killed with SIGKILL");
            await Task.Delay(1000);
            await run.ArticlesApi.StartAsync();
            run.Note("Articles API started again");
        });

    [Fact]
    public Task The_database_unreachable_twice_then_every_delivery_duplicated_and_reordered_and_a_poison_article_lose_and_duplicate_nothing() =>
        Run("database unreachable, deliveries duplicated and reordered, a poison article", 2004, workers: 1, throughProxy: true, async run =>
        {
            await run.AcceptedAtLeastAsync(60);
            run.Note("database cut off for 5 s");
            await run.CutDatabaseAsync(TimeSpan.FromSeconds(5));
            run.Note("database back");
            await run.AcceptedAtLeastAsync(140);
            run.Note("database cut off for 5 s");
            await run.CutDatabaseAsync(TimeSpan.FromSeconds(5));
            run.Note("database back");
        }, poisonAndReplay: true);

    private async Task Run(string name, int year, int workers, bool throughProxy, Func<FaultRun, Task> faults, bool poisonAndReplay = false)
    {
        await using var run = await FaultRun.StartAsync(year, workers, throughProxy, output);
        var started = DateTime.UtcNow;
        var submitting = run.SubmitAllAsync();
        await faults(run);
        await submitting;
        run.Note("every article submitted");
        List<Guid> poison = poisonAndReplay ? [await run.StorePoisonAsync()] : [];
        if (poisonAndReplay)
            run.Note($"poison article {poison[0]} stored (published 0001-01-01) for the sweeper to announce");
        var snapshot = await run.SettleAsync(Settle, poison);
        run.Note("settled");
        if (poisonAndReplay)
        {
            run.Note($"settled; replayed {await run.ReplayShuffledAsync()} recorded messages, shuffled");
            await Task.Delay(2000);
            snapshot = await run.SettleAsync(Settle, poison);
        }

        var checker = new QueueChecker(snapshot, run.Accepted, poison);
        var articles = checker.Articles();
        var changes = checker.Changes();
        checker.CheckTimeline(FaultRun.Articles / 2);
        output.WriteLine(QueueChecker.Table(name, articles, changes));
        output.WriteLine($"  {run.AcceptedCount} articles accepted, {run.Refused.Count} refused; recorder: {run.Recorder}; {(DateTime.UtcNow - started).TotalSeconds:0} s");

        var problems = run.Refused.Concat(checker.Problems).ToList();
        if (run.AcceptedCount != FaultRun.Articles)
            problems.Add($"{run.AcceptedCount} of {FaultRun.Articles} articles accepted");
        Assert.True(problems.Count == 0 && articles.Lost + articles.Duplicated + changes.Lost + changes.Duplicated == 0,
            $"{QueueChecker.Table(name, articles, changes)}{string.Join("\n", problems.Take(30))}\n{run.Logs()}");
    }
}
