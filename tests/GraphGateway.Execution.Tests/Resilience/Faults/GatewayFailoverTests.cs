using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.TestSupport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Execution.Tests.Resilience.Faults;

/// <summary>The whole runtime (<c>AddGraphGateway</c>, real subgraph HTTP clients) over two real instances of <c>accounts</c>, one of them killed.</summary>
public sealed class GatewayFailoverTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gg-failover-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Executor_OneInstanceKilled_EveryMutationAndQueryAnsweredByTheOther_EachMutationRunsOnce()
    {
        await using var harness = await FaultHarness.StartAsync(2);
        harness.Proxies[0].Kill();
        var path = Path.Combine(_dir, "supergraph.graphql");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "shop", "supergraph.graphql"), path);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphGateway:Supergraph:Path"] = path,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
            ["GraphGateway:Subgraphs:accounts:Urls:0"] = harness.Proxies[0].Url.ToString(),
            ["GraphGateway:Subgraphs:accounts:Urls:1"] = harness.Proxies[1].Url.ToString(),
            ["GraphGateway:Subgraphs:accounts:LoadBalancing"] = "RoundRobin",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphGateway(configuration);
        await using var provider = services.BuildServiceProvider();
        var answers = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await Run(provider, """mutation { updateName(id: "1", name: "X") { name } }"""));
            answers.Add(await Run(provider, "{ me { name } }"));
        }

        Assert.Equal(Enumerable.Repeat(new[] { """{"data":{"updateName":{"name":"X"}}}""", """{"data":{"me":{"name":"Ada"}}}""" }, 4).SelectMany(a => a), answers);
        Assert.Equal((0, 4), (harness.Instances[0].Mutations, harness.Instances[1].Mutations));
        var statuses = provider.GetRequiredService<SubgraphHealthRegistry>().GetStatuses().Where(s => s.Subgraph == "accounts").Select(s => s.State);
        Assert.Equal([SubgraphUrlState.Ejected, SubgraphUrlState.Healthy], statuses);
    }

    private static async Task<string> Run(IServiceProvider services, string query)
    {
        var snapshot = services.GetRequiredService<IGatewaySnapshotProvider>().Current!;
        return await services.GetRequiredService<GraphGateway.Execution.Pipeline.GatewayPipeline>().ExecuteTextAsync(snapshot, TestOperation.Create(query));
    }
}
