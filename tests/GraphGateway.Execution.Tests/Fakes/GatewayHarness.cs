using System.Text;
using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>An executor over the shop fixture with fake subgraphs; runs operations and returns the response JSON text.</summary>
internal sealed class GatewayHarness
{
    public GatewayHarness(ExecutorOptions? options = null)
    {
        Subgraphs = ShopSubgraphs.Create();
        Executor = new FederatedExecutor(ShopSubgraphs.Model, Subgraphs, options);
    }

    public FakeSubgraphClient Subgraphs { get; }

    public FederatedExecutor Executor { get; }

    public async Task<string> RunAsync(string query, string? variables = null, bool includePlan = false)
    {
        var response = await Executor.ExecuteAsync(TestOperation.Create(query, variables), new OperationContext { IncludeQueryPlan = includePlan }, CancellationToken.None);
        return Encoding.UTF8.GetString(response.Body.Span);
    }
}
