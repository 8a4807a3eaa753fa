using Timeline.ServiceDefaults;

namespace Articles.Api;

public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults("Timeline Articles API", defaultPort: 5081);
        builder.Services.AddMongo(builder.Configuration);
        builder.Services.AddArticles().AddMongoArticleStore();
        builder.Services.AddMessaging(builder.Configuration, bus => bus.AddArticlesConsumers());

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapArticles();
        app.Run();
    }
}
