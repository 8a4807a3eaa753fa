namespace Timeline.Api.Timeline;

/// <summary>
/// The page people look at, served from this assembly so that every host serves the same one. Its script, style,
/// texts in each language and world map are files of their own, so the page's content security policy can forbid
/// inline code and any other origin: the page needs nothing from elsewhere.
/// </summary>
public static class TimelinePageEndpoint
{
    private static readonly (string Route, string Resource, string ContentType)[] Files =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/page/timeline.js", "timeline.js", "text/javascript; charset=utf-8"),
        ("/page/timeline.css", "timeline.css", "text/css; charset=utf-8"),
        ("/page/world.json", "world.json", "application/json; charset=utf-8"),
        ("/page/i18n/en.json", "i18n.en.json", "application/json; charset=utf-8"),
        ("/page/i18n/de.json", "i18n.de.json", "application/json; charset=utf-8"),
    ];

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
        foreach (var (route, resource, contentType) in Files)
        {
            var content = new Lazy<string>(() => Read(resource));
            app.MapGet(route, () => Results.Content(content.Value, contentType)).ExcludeFromDescription().AllowAnonymous();
        }
    }
}
