using Timeline.Tests;
using YamlDotNet.RepresentationModel;

namespace Timeline.Services.Tests;

/// <summary>No Docker engine runs here, so the compose file is checked by reading it.</summary>
public sealed class DeploymentTests
{
    private static readonly string Root = TestPaths.RepositoryRoot;

    private static YamlMappingNode Compose()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Services() => (YamlMappingNode)Compose()["services"];

    private static YamlMappingNode Service(string name) => (YamlMappingNode)Services()[name];

    /// <summary>A mapping with its YAML merge keys ("&lt;&lt;: *anchor") expanded, as Compose reads it.</summary>
    private static Dictionary<string, string> Merged(YamlMappingNode mapping)
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in mapping.Children)
        {
            if (key.ToString() == "<<" && value is YamlMappingNode merged)
            {
                foreach (var (k, v) in Merged(merged))
                    result.TryAdd(k, v);
            }
            else
            {
                result[key.ToString()] = value.ToString();
            }
        }
        return result;
    }

    [Fact]
    public void The_stack_has_both_servers_and_the_three_services()
    {
        var names = Services().Children.Keys.Select(k => k.ToString()).Order().ToList();
        Assert.Equal(["articles-api", "extraction-worker", "mongo", "rabbitmq", "timeline-api"], names);
    }

    [Theory]
    [InlineData("rabbitmq")]
    [InlineData("mongo")]
    public void Each_server_has_a_healthcheck(string name) =>
        Assert.True(Service(name).Children.ContainsKey("healthcheck"), $"{name} has no healthcheck");

    [Theory]
    [InlineData("articles-api", "Articles.Api", "5081")]
    [InlineData("extraction-worker", "Extraction.Worker", "5083")]
    [InlineData("timeline-api", "Timeline.Api", "5082")]
    public void Each_service_is_built_from_an_existing_Dockerfile_waits_for_healthy_servers_and_has_its_port(string name, string project, string port)
    {
        var service = Service(name);
        var build = (YamlMappingNode)service["build"];
        Assert.Equal(".", build["context"].ToString());
        var dockerfile = build["dockerfile"].ToString();
        Assert.True(File.Exists(Path.Combine(Root, dockerfile)), $"{name}: {dockerfile} does not exist");
        var serviceArgument = ((YamlMappingNode)build["args"])["SERVICE"].ToString();
        Assert.Equal(project, serviceArgument);
        Assert.True(File.Exists(Path.Combine(Root, "services", project, project + ".csproj")), $"{name}: no project services/{project}");

        var dependsOn = (YamlMappingNode)service["depends_on"];
        foreach (var server in new[] { "rabbitmq", "mongo" })
            Assert.Equal("service_healthy", ((YamlMappingNode)dependsOn[server])["condition"].ToString());

        var ports = ((YamlSequenceNode)service["ports"]).Children.Select(p => p.ToString()).ToList();
        Assert.Contains($"{port}:8080", ports);

        var environment = Merged((YamlMappingNode)service["environment"]);
        Assert.StartsWith("amqp://", environment["ConnectionStrings__RabbitMq"].ToString());
        Assert.StartsWith("mongodb://", environment["ConnectionStrings__Mongo"].ToString());
    }

    [Fact]
    public void Credentials_come_from_the_env_file_and_none_is_guest()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.DoesNotContain("guest", text, StringComparison.OrdinalIgnoreCase);
        var variables = System.Text.RegularExpressions.Regex.Matches(text, @"\$\{([A-Z_]+)\}").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(variables);
        var defined = File.ReadAllLines(Path.Combine(Root, ".env")).Where(l => l.Contains('=') && !l.StartsWith('#'))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        foreach (var variable in variables)
        {
            Assert.True(defined.ContainsKey(variable), $"{variable} is used by docker-compose.yml but not set in .env");
            Assert.NotEqual("guest", defined[variable]);
        }
    }

    [Fact]
    public void The_Dockerfile_publishes_the_service_it_is_given_and_starts_it()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Root, "deploy", "docker", "Dockerfile"));
        Assert.Contains("dotnet publish \"services/$SERVICE/$SERVICE.csproj\"", dockerfile);
        Assert.Contains("/app/$SERVICE.dll", dockerfile);
        Assert.Contains("AS build", dockerfile);
        foreach (var copied in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "services/" })
            Assert.Contains(copied, dockerfile);
    }
}
