using Articles.Api;
using Extraction.Worker;
using Timeline.Api;
using Timeline.ServiceDefaults;
using Timeline.Standalone;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("Timeline (all-in-one)", defaultPort: 5080);
var generatedKey = StandaloneKey.EnsureConfigured(builder.Configuration);
builder.Services.AddArticles().AddInMemoryArticleStore();
builder.Services.AddExtraction().AddInMemoryExtractionStore();
builder.Services.AddTimeline().AddInMemoryTimelineStore();
builder.Services.AddMessaging(builder.Configuration, bus =>
{
    bus.AddArticlesConsumers();
    bus.AddExtractionConsumers();
    bus.AddTimelineConsumers();
}, inMemory: true);
builder.Services.AddSampleArticles();

var app = builder.Build();
app.UseServiceDefaults();
app.MapArticles();
app.MapExtraction();
app.MapTimeline();
app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app, generatedKey));
app.Run();

/// <summary>The entry point, named so that tests can start this host.</summary>
public partial class Program;
