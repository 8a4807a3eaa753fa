using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Articles.Api.Articles;
using Microsoft.Extensions.Options;

namespace Timeline.Standalone;

public sealed class SampleArticlesOptions
{
    public const string SectionName = "Samples";

    /// <summary>Load the project's sample articles on start. Turn off with --Samples:Load=false.</summary>
    public bool Load { get; set; } = true;

    /// <summary>Where the sample articles are; relative paths start from the program's folder.</summary>
    [Required]
    public string Folder { get; set; } = "samples/articles";
}

public static class SampleArticlesExtensions
{
    public static IServiceCollection AddSampleArticles(this IServiceCollection services)
    {
        services.AddOptions<SampleArticlesOptions>().BindConfiguration(SampleArticlesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<SampleArticleLoader>();
        return services;
    }
}

/// <summary>Submits the sample articles through the same path a user's articles take, once the host has started.</summary>
public sealed class SampleArticleLoader(IServiceScopeFactory scopes, IOptions<SampleArticlesOptions> options, IHostApplicationLifetime lifetime,
    ILogger<SampleArticleLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Load)
            return;
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        await started.Task.WaitAsync(stoppingToken);

        var folder = Path.IsPathRooted(options.Value.Folder) ? options.Value.Folder : Path.Combine(AppContext.BaseDirectory, options.Value.Folder);
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No sample articles at {Folder}", folder);
            return;
        }
        using var scope = scopes.CreateScope();
        var submissions = scope.ServiceProvider.GetRequiredService<ArticleSubmissions>();
        var loaded = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var request = JsonSerializer.Deserialize<SubmitArticleRequest>(await File.ReadAllTextAsync(file, stoppingToken), JsonSerializerOptions.Web);
            var outcome = await submissions.SubmitAsync(request, stoppingToken);
            if (outcome is SubmissionOutcome.Accepted)
                loaded++;
            else
                logger.LogWarning("Sample {File} was not accepted: {Outcome}", Path.GetFileName(file), outcome);
        }
        logger.LogInformation("Loaded {Count} sample articles from {Folder}", loaded, folder);
    }
}
