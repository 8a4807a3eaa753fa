using Microsoft.AspNetCore.Mvc.Testing;

namespace Timeline.Services.Tests;

/// <summary>Swagger documents every endpoint of the product: a summary, every parameter described, errors as ProblemDetails.</summary>
public sealed class OpenApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    [Fact]
    public async Task Every_operation_has_a_summary_and_every_parameter_a_description()
    {
        var document = await Json.Read(await factory.CreateClient().GetAsync("/swagger/v1/swagger.json"));
        var missing = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!operation.Value.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString()))
                    missing.Add($"{where}: no summary");
                if (operation.Value.TryGetProperty("parameters", out var parameters))
                {
                    foreach (var p in parameters.EnumerateArray())
                    {
                        if (!p.TryGetProperty("description", out var d) || string.IsNullOrWhiteSpace(d.GetString()))
                            missing.Add($"{where}: parameter '{p.GetProperty("name").GetString()}' undescribed");
                    }
                }
            }
        }
        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    [Theory]
    [InlineData("/api/articles", "post", "400")]
    [InlineData("/api/articles/{id}", "get", "404")]
    [InlineData("/api/timeline", "get", "400")]
    [InlineData("/api/timeline/{id}", "get", "404")]
    public async Task Error_responses_are_documented_as_problem_details(string path, string method, string status)
    {
        var document = await Json.Read(await factory.CreateClient().GetAsync("/swagger/v1/swagger.json"));
        var response = document.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses").GetProperty(status);
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), response.ToString());
    }
}
