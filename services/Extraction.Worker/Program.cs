using Timeline.ServiceDefaults;

namespace Extraction.Worker;

public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("Timeline Extraction Worker", defaultPort: 5083);
        builder.Services.AddMongo(builder.Configuration);
        builder.Services.AddExtraction().AddMongoExtractionStore();
        builder.Services.AddMessaging(builder.Configuration, bus => bus.AddExtractionConsumers());

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapExtraction();
        app.Run();
    }
}
