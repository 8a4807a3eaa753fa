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
        Assert.Contains($"${{BIND_ADDRESS:-127.0.0.1}}:{port}:8080", ports);

        var environment = Merged((YamlMappingNode)service["environment"]);
        Assert.StartsWith("amqp://", environment["ConnectionStrings__RabbitMq"].ToString());
        Assert.StartsWith("mongodb://", environment["ConnectionStrings__Mongo"].ToString());
    }

    [Fact]
    public void Credentials_come_from_an_uncommitted_env_file_whose_example_sets_no_secret()
    {
        var text = File.ReadAllText(Path.Combine(Root, "docker-compose.yml"));
        Assert.DoesNotContain("guest", text, StringComparison.OrdinalIgnoreCase);
        var variables = System.Text.RegularExpressions.Regex.Matches(text, @"\$\{([A-Z_]+)(?::[-?][^}]*)?\}").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(variables);
        var example = File.ReadAllLines(Path.Combine(Root, ".env.example")).Where(l => l.Contains('=') && !l.StartsWith('#'))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        foreach (var variable in variables)
            Assert.True(example.ContainsKey(variable), $"{variable} is used by docker-compose.yml but not listed in .env.example");
        foreach (var secret in example.Keys.Where(k => k.EndsWith("PASSWORD", StringComparison.Ordinal) || k.EndsWith("API_KEY", StringComparison.Ordinal)))
            Assert.True(example[secret].Length == 0, $".env.example gives {secret} a value; secrets belong in .env only");

        // Secrets without a value stop compose instead of starting with a blank password.
        foreach (var secret in new[] { "RABBITMQ_PASSWORD", "MONGO_ROOT_PASSWORD", "TIMELINE_API_KEY" })
            Assert.Contains("${" + secret + ":?", text);

        Assert.Contains(".env", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(Root, ".dockerignore")));
        if (Directory.Exists(Path.Combine(Root, ".git")))
            Assert.Equal("", Git("ls-files", ".env"));
    }

    [Fact]
    public void Every_published_port_is_bound_to_loopback_unless_configured()
    {
        foreach (var (name, node) in Services().Children)
        {
            if (!((YamlMappingNode)node).Children.TryGetValue("ports", out var ports))
                continue;
            foreach (var port in ((YamlSequenceNode)ports).Children.Select(p => p.ToString()))
                Assert.True(port.StartsWith("${BIND_ADDRESS:-127.0.0.1}:", StringComparison.Ordinal) || port.StartsWith("127.0.0.1:", StringComparison.Ordinal),
                    $"{name} publishes {port} on every interface");
        }
        Assert.Contains("BIND_ADDRESS=127.0.0.1", File.ReadAllLines(Path.Combine(Root, ".env.example")));
    }

    [Theory]
    [InlineData("articles-api", "articles")]
    [InlineData("extraction-worker", "extraction")]
    [InlineData("timeline-api", "timeline")]
    public void Each_service_connects_to_MongoDB_as_its_own_user_with_rights_on_its_own_database_only(string service, string database)
    {
        var connection = Merged((YamlMappingNode)Service(service)["environment"])["ConnectionStrings__Mongo"];
        Assert.StartsWith($"mongodb://{database}:", connection);
        Assert.EndsWith($"@mongo:27017/{database}?authSource={database}", connection);
        Assert.DoesNotContain("ROOT", connection);

        var mongo = Service("mongo");
        Assert.Contains(((YamlSequenceNode)mongo["volumes"]).Children, v => v.ToString().StartsWith("./deploy/mongo/create-service-users.js:/docker-entrypoint-initdb.d/", StringComparison.Ordinal));
        var script = File.ReadAllText(Path.Combine(Root, "deploy", "mongo", "create-service-users.js"));
        Assert.Contains($"{{ database: \"{database}\", user: \"{database}\", password: process.env.MONGO_{database.ToUpperInvariant()}_PASSWORD }}", script);
        Assert.Contains("roles: [{ role: \"readWrite\", db: s.database }]", script);
        Assert.DoesNotContain("root", script.Split("roles:")[1].Split('\n')[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_image_runs_as_a_non_root_user_and_nothing_reports_usage_outside()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(Root, "deploy", "docker", "Dockerfile"));
        var finalStage = dockerfile.Reverse().TakeWhile(l => !l.StartsWith("FROM ", StringComparison.Ordinal)).Reverse().ToList();
        var users = finalStage.Where(l => l.StartsWith("USER ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["USER $APP_UID"], users);
        Assert.Contains(finalStage, l => l.Contains("MASSTRANSIT_USAGE_TELEMETRY=false", StringComparison.Ordinal));

        foreach (var name in new[] { "articles-api", "extraction-worker", "timeline-api" })
        {
            var environment = Merged((YamlMappingNode)Service(name)["environment"]);
            Assert.Equal("false", environment["MASSTRANSIT_USAGE_TELEMETRY"]);
            Assert.StartsWith("${TIMELINE_API_KEY:?", environment["Timeline__ApiKey"]);
        }
        var messaging = File.ReadAllText(Path.Combine(Root, "services", "Timeline.ServiceDefaults", "MessagingExtensions.cs"));
        Assert.Contains("x.DisableUsageTelemetry();", messaging);
    }

    private static string Git(params string[] arguments)
    {
        var info = new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        using var git = System.Diagnostics.Process.Start(info)!;
        var output = git.StandardOutput.ReadToEnd();
        git.WaitForExit(10_000);
        return output.Trim();
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
