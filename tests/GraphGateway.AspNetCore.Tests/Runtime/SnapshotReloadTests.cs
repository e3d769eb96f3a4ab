using GraphGateway.TestSupport;
using GraphGateway.AspNetCore.Configuration;
using GraphGateway.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Tests.Runtime;

/// <summary>The runtime's snapshot provider as AddGraphGateway registers it: first load, reload, last good snapshot kept.</summary>
public sealed class SnapshotReloadTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gg-reload-").FullName;

    private static string Supergraph => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "shop", "supergraph.graphql"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Provider_FileReplacedWithBadThenGoodSupergraph_KeepsLastGoodThenSwaps()
    {
        var path = Path.Combine(_dir, "supergraph.graphql");
        await File.WriteAllTextAsync(path, Supergraph);
        using var services = Build(new() { ["GraphGateway:Supergraph:Path"] = path });
        var provider = services.GetRequiredService<IGatewaySnapshotProvider>();
        var first = provider.Current!;
        Assert.NotNull(first.ApiSchema.Type("Product"));

        await File.WriteAllTextAsync(path, "type Query {");
        await Task.Delay(1000);
        Assert.Same(first, provider.Current);

        await File.WriteAllTextAsync(path, Supergraph + "\n# changed\n");
        for (var i = 0; i < 50 && ReferenceEquals(first, provider.Current); i++)
        {
            await Task.Delay(100);
        }

        Assert.NotSame(first, provider.Current);
        Assert.NotEqual(first.Version, provider.Current!.Version);
    }

    [Fact]
    public void Options_InvalidSettings_ReportsEveryProblemWithSettingName()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Supergraph:Path"] = Path.Combine(_dir, "missing.fsp"),
            ["GraphGateway:Subgraphs:accounts:Url"] = "not a url",
            ["GraphGateway:Subgraphs:accounts:Timeout"] = "-00:00:01",
            ["GraphGateway:ForwardHeaders:0"] = "bad header",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AspNetCore.Configuration.GraphGatewayOptions>>().Value);

        Assert.Equal(
            [
                $"GraphGateway:Supergraph:Path: file '{Path.Combine(_dir, "missing.fsp")}' does not exist.",
                "GraphGateway:Subgraphs:accounts:Url: 'not a url' is not an absolute http or https URL.",
                "GraphGateway:Subgraphs:accounts:Timeout: must be positive (got -00:00:01).",
                "GraphGateway:ForwardHeaders: 'bad header' is not a valid header name.",
            ],
            ex.Failures);
    }

    [Fact]
    public async Task Provider_SubgraphUrlOverride_UsedForRequests()
    {
        var path = Path.Combine(_dir, "supergraph.graphql");
        File.WriteAllText(path, Supergraph);
        using var services = Build(new()
        {
            ["GraphGateway:Supergraph:Path"] = path,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://127.0.0.1:1/graphql",
        });

        var snapshot = services.GetRequiredService<IGatewaySnapshotProvider>().Current!;
        var json = await services.GetRequiredService<GraphGateway.Execution.Pipeline.GatewayPipeline>().ExecuteTextAsync(snapshot, TestOperation.Create("{ me { name } }"));

        Assert.StartsWith("""{"data":{"me":null},"errors":[{"message":"HTTP fetch failed from 'accounts': """, json);
        Assert.Contains("127.0.0.1:1", json);
    }

    [Fact]
    public void Provider_SubgraphSettingForUnknownName_RejectedNamingSetting()
    {
        var path = Path.Combine(_dir, "supergraph.graphql");
        File.WriteAllText(path, Supergraph);
        using var services = Build(new()
        {
            ["GraphGateway:Supergraph:Path"] = path,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
            ["GraphGateway:Subgraphs:prodcts:Url"] = "http://127.0.0.1:1/graphql",
        });

        var ex = Assert.Throws<Core.Supergraph.SupergraphException>(() => services.GetRequiredService<IGatewaySnapshotProvider>());

        Assert.Equal(
            ["GraphGateway:Subgraphs:prodcts: no subgraph named 'prodcts' in the supergraph (subgraphs: accounts, inventory, products, reviews, warehouses)."],
            ex.Problems);
    }

    [Fact]
    public void Options_SubgraphTimeoutNotATimeSpan_ThrowsNamingSetting()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Supergraph:Path"] = Path.Combine(_dir, "supergraph.graphql"),
            ["GraphGateway:Subgraphs:products:Timeout"] = "abc",
        });

        var ex = Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<AspNetCore.Configuration.GraphGatewayOptions>>().Value);

        Assert.Equal("Failed to convert configuration value 'abc' at 'GraphGateway:Subgraphs:products:Timeout' to type 'System.TimeSpan'.", ex.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphGateway(configuration);
        return services.BuildServiceProvider();
    }
}
