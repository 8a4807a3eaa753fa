namespace Timeline.Api.Timeline;

/// <summary>The page people look at, served from this assembly so that every host serves the same one.</summary>
public static class TimelinePageEndpoint
{
    private static readonly Lazy<string> Html = new(() =>
    {
        using var stream = typeof(TimelinePageEndpoint).Assembly.GetManifestResourceStream("Timeline.Api.Page.index.html")
            ?? throw new InvalidOperationException("The timeline page is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Html.Value, "text/html; charset=utf-8"))
            .ExcludeFromDescription();
    }
}
