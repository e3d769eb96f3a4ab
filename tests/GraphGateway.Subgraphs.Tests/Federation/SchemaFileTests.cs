using System.Text.Json;
using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Inventory;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Reviews;
using GraphGateway.Subgraphs.Tests.Infrastructure;

namespace GraphGateway.Subgraphs.Tests.Federation;

/// <summary>
/// The committed <c>subgraphs/&lt;Name&gt;/schema.graphql</c> must be exactly what the service answers to
/// <c>_service { sdl }</c>, and <c>subgraph-settings.json</c> must name the subgraph and its default URL.
/// Regenerate with <c>dotnet run --project subgraphs/&lt;Name&gt; -- --print-schema subgraphs/&lt;Name&gt;/schema.graphql</c>.
/// </summary>
public sealed class SchemaFileTests
{
    [Fact]
    public Task AccountsSchemaFile_ComparedWithService_IsInSync() => AssertInSyncAsync<AccountsSubgraph>("Accounts");

    [Fact]
    public Task ProductsSchemaFile_ComparedWithService_IsInSync() => AssertInSyncAsync<ProductsSubgraph>("Products");

    [Fact]
    public Task InventorySchemaFile_ComparedWithService_IsInSync() => AssertInSyncAsync<InventorySubgraph>("Inventory");

    [Fact]
    public Task ReviewsSchemaFile_ComparedWithService_IsInSync() => AssertInSyncAsync<ReviewsSubgraph>("Reviews");

    [Fact]
    public async Task PrintSchemaFlag_WithFile_WritesTheCommittedSdlAndExitsZero()
    {
        var output = Path.Combine(Path.GetTempPath(), $"gg-print-schema-{Guid.NewGuid():N}.graphql");
        try
        {
            var exitCode = await SubgraphApplication.RunAsync(new InventorySubgraph(), [SubgraphApplication.PrintSchemaFlag, output]);

            Assert.Equal(0, exitCode);
            Assert.Equal(ReadCommitted("Inventory", "schema.graphql"), await File.ReadAllTextAsync(output));
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static async Task AssertInSyncAsync<TSubgraph>(string folder)
        where TSubgraph : class, ISubgraph, new()
    {
        await using var factory = new SubgraphFactory<TSubgraph>();
        var (_, body) = await GraphQLHttp.GetAsync(factory.CreateClient(), "{ _service { sdl } }");
        var served = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("_service").GetProperty("sdl").GetString();
        var printed = await SchemaPrinter.PrintSdlAsync(factory.Services, CancellationToken.None);

        var committed = ReadCommitted(folder, "schema.graphql");
        Assert.Equal(committed, printed);
        Assert.Equal(committed.TrimEnd('\n'), served!.TrimEnd('\n'));

        var subgraph = new TSubgraph();
        using var settings = JsonDocument.Parse(ReadCommitted(folder, "subgraph-settings.json"));
        Assert.Equal(subgraph.Name, settings.RootElement.GetProperty("name").GetString());
        Assert.Equal(subgraph.DefaultUrl + "/graphql", settings.RootElement.GetProperty("url").GetString());
    }

    private static string ReadCommitted(string folder, string file) =>
        File.ReadAllText(Path.Combine(RepositoryRoot(), "subgraphs", folder, file)).ReplaceLineEndings("\n");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphGateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("GraphGateway.sln not found above " + AppContext.BaseDirectory);
    }
}
