using GraphGateway.Execution.Pipeline;
using GraphGateway.TestSupport;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>The in-process gateway over the shop fixture with fake subgraphs; runs operations and returns the response JSON text.</summary>
internal sealed class GatewayHarness
{
    public GatewayHarness(GatewaySnapshotOptions? options = null, GatewayExecutionSettings? settings = null)
    {
        Subgraphs = ShopSubgraphs.Create();
        Executor = new InProcessGateway(ShopSubgraphs.Model, Subgraphs, options, settings);
    }

    public FakeSubgraphClient Subgraphs { get; }

    public InProcessGateway Executor { get; }

    public Task<string> RunAsync(string query, string? variables = null, bool includePlan = false) =>
        Executor.ExecuteTextAsync(TestOperation.Create(query, variables), new RequestOptions { IncludeQueryPlan = includePlan }, CancellationToken.None);
}
