using Timeline.ServiceDefaults;

namespace Timeline.Api;

public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("Timeline API", defaultPort: 5082);
        builder.Services.AddMongo(builder.Configuration);
        builder.Services.AddTimeline().AddMongoTimelineStore();
        builder.Services.AddMessaging(builder.Configuration, bus => bus.AddTimelineConsumers());

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapTimeline();
        app.Run();
    }
}
