namespace Timeline.Api.Timeline;

/// <summary>
/// The page people look at, served from this assembly so that every host serves the same one. Its script and style
/// are files of their own, so the page's content security policy can forbid inline code.
/// </summary>
public static class TimelinePageEndpoint
{
    private static readonly Lazy<string> Html = new(() => Read("index.html"));
    private static readonly Lazy<string> Script = new(() => Read("timeline.js"));
    private static readonly Lazy<string> Style = new(() => Read("timeline.css"));

    private static string Read(string name)
    {
        using var stream = typeof(TimelinePageEndpoint).Assembly.GetManifestResourceStream($"Timeline.Api.Page.{name}")
            ?? throw new InvalidOperationException($"The timeline page's {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The page and its files hold no data, so they load even when reads are closed: the page then asks for a key.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", () => Results.Content(Html.Value, "text/html; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/page/timeline.js", () => Results.Content(Script.Value, "text/javascript; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
        app.MapGet("/page/timeline.css", () => Results.Content(Style.Value, "text/css; charset=utf-8")).ExcludeFromDescription().AllowAnonymous();
    }
}
