using System.Net;
using System.Text.Json;
using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Snapshooter.Xunit;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>Introspection through the whole gateway: AddGraphGateway (runtime + HTTP) over the sample supergraph.</summary>
public sealed class RuntimeIntrospectionTests
{
    [Fact]
    public async Task FullIntrospectionQuery_GatewayPackage_GivesTheApiSchemaOfThePackage()
    {
        var packagePath = Path.Combine(RepositoryRoot(), "gateway.fsp");
        string packagedApiSchema;
        using (var zip = System.IO.Compression.ZipFile.OpenRead(packagePath))
        using (var reader = new StreamReader(zip.GetEntry("schema.graphql")!.Open()))
        {
            packagedApiSchema = await reader.ReadToEndAsync();
        }

        var rebuilt = await IntrospectAsync(packagePath);
        Assert.Equal(SchemaPrinter.Print(SchemaParser.Parse(packagedApiSchema)), rebuilt);
        Snapshot.Match(rebuilt, "RuntimeIntrospection_GatewayPackage_Sdl");
    }

    [Fact]
    public async Task FullIntrospectionQuery_SampleSupergraph_GivesTheApiSchema()
    {
        var supergraphPath = Path.Combine(RepositoryRoot(), "tests", "load", "bench", "supergraph.graphql");
        var rebuilt = await IntrospectAsync(supergraphPath);
        var apiSchema = ApiSchemaBuilder.Build(SchemaParser.Parse(await File.ReadAllTextAsync(supergraphPath)));
        Assert.Equal(SchemaPrinter.Print(apiSchema), rebuilt);
        Snapshot.Match(rebuilt, "RuntimeIntrospection_SampleSupergraph_Sdl");
    }

    /// <summary>Runs the standard introspection query through AddGraphGateway + MapGraphGateway and prints the SDL rebuilt from the answer.</summary>
    private static async Task<string> IntrospectAsync(string supergraphPath)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphGateway:Supergraph:Path"] = supergraphPath,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
        });
        builder.Services.AddGraphGateway(builder.Configuration);
        await using var app = builder.Build();
        app.MapGraphGateway();
        await app.StartAsync();
        using var client = app.GetTestClient();

        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Http", "IntrospectionQuery.graphql"));
        using var content = TestGateway.Json(JsonSerializer.Serialize(new { query }));
        var response = await client.PostAsync("/graphql", content);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var doc = JsonDocument.Parse(body);
        Assert.False(doc.RootElement.TryGetProperty("errors", out _), body);
        Assert.DoesNotContain("join__", body);
        Assert.DoesNotContain("link__", body);
        Assert.DoesNotContain("inaccessible", body);
        var schemaJson = doc.RootElement.GetProperty("data").GetProperty("__schema");
        return SchemaPrinter.Print(SchemaParser.Parse(IntrospectionSdlBuilder.Build(schemaJson)));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphGateway.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("GraphGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
