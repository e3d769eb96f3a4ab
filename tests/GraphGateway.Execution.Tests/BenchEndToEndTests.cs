using GraphGateway.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Tests.Fakes;

namespace GraphGateway.Execution.Tests;

/// <summary>The public benchmark's operation through the executor against fake subgraphs serving its data.json.</summary>
public sealed class BenchEndToEndTests
{
    [Fact]
    public async Task Execute_BenchTestQuery_EqualsExpectedJson()
    {
        var client = BenchSubgraphs.Create();
        var executor = new InProcessGateway(BenchSubgraphs.Model, client);
        var operation = TestOperation.Create(File.ReadAllText(Path.Combine(BenchSubgraphs.Dir, "query.graphql")), operationName: "TestQuery");

        var response = await executor.ExecuteAsync(operation, null, CancellationToken.None);

        var actual = JsonNode.Parse(Encoding.UTF8.GetString(response.Body.Span));
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(BenchSubgraphs.Dir, "expected.json")));
        Assert.True(JsonNode.DeepEquals(expected, actual), "Response differs from expected.json: " + Encoding.UTF8.GetString(response.Body.Span)[..Math.Min(2000, response.Body.Length)]);
        Assert.Equal(87_599, response.Body.Length);
    }

    [Fact]
    public async Task Execute_BenchTestQuery_SendsPriceAndWeightInInventoryRepresentations()
    {
        var client = BenchSubgraphs.Create();
        var executor = new InProcessGateway(BenchSubgraphs.Model, client);
        var operation = TestOperation.Create(File.ReadAllText(Path.Combine(BenchSubgraphs.Dir, "query.graphql")), operationName: "TestQuery");

        await executor.ExecuteAsync(operation, null, CancellationToken.None);

        var representations = client["inventory"].Requests.SelectMany(r => r["variables"]!["representations"]!.AsArray()).ToList();
        Assert.NotEmpty(representations);
        Assert.All(representations, r => Assert.Equal(["__typename", "upc", "price", "weight"], r!.AsObject().Select(p => p.Key)));
        Assert.Contains(representations, r => r!.ToJsonString() == """{"__typename":"Product","upc":"1","price":899,"weight":100}""");
    }

    [Fact]
    public async Task Execute_BenchTestQuery_BatchesIdenticalParallelEntityFetches()
    {
        var client = BenchSubgraphs.Create();
        var executor = new InProcessGateway(BenchSubgraphs.Model, client);
        var operation = TestOperation.Create(File.ReadAllText(Path.Combine(BenchSubgraphs.Dir, "query.graphql")), operationName: "TestQuery");

        await executor.ExecuteAsync(operation, null, CancellationToken.None);

        Assert.Equal(
            [("accounts", 2), ("products", 2), ("inventory", 2), ("reviews", 2)],
            new[] { "accounts", "products", "inventory", "reviews" }.Select(n => (n, client[n].Requests.Count)));
    }
}
