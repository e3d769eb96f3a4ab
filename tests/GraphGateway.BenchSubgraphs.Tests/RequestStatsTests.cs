using System.Net;

namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class RequestStatsTests
{
    [Fact]
    public async Task Stats_RequestsWithAndWithoutAuthorization_CountsPerSubgraph()
    {
        using var server = BenchServer.StartNew();
        await server.PostAsync("products", "{ topProducts { upc } }", authorization: "Bearer 1");
        await server.PostAsync("products", "{ topProducts { upc } }");
        await server.PostAsync("reviews", "{ _service { sdl } }", authorization: "Bearer 2");

        var stats = await server.Client.GetStringAsync("/stats");

        Assert.Equal(
            """{"accounts":{"requests":0,"withAuthorization":0},"inventory":{"requests":0,"withAuthorization":0},"products":{"requests":2,"withAuthorization":1},"reviews":{"requests":1,"withAuthorization":1},"total":{"requests":3,"withAuthorization":2}}""",
            stats);
    }

    [Fact]
    public async Task StatsReset_AfterRequests_ZeroesEveryCounter()
    {
        using var server = BenchServer.StartNew();
        await server.PostAsync("accounts", "{ me { id } }", authorization: "Bearer 1");

        using var reset = await server.Client.PostAsync("/stats/reset", content: null);
        var stats = await server.Client.GetStringAsync("/stats");

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(
            """{"accounts":{"requests":0,"withAuthorization":0},"inventory":{"requests":0,"withAuthorization":0},"products":{"requests":0,"withAuthorization":0},"reviews":{"requests":0,"withAuthorization":0},"total":{"requests":0,"withAuthorization":0}}""",
            stats);
    }

    [Fact]
    public async Task Stats_IdenticalBodiesServedFromResponseCache_CountsEveryRequestAndAnswersAlike()
    {
        using var server = BenchServer.StartNew();
        var first = await server.PostAsync("inventory", "{ _service { sdl } }", authorization: "Bearer 1");
        var second = await server.PostAsync("inventory", "{ _service { sdl } }", authorization: "Bearer 2");
        var third = await server.PostAsync("inventory", "{ _service { sdl } }");

        var stats = await server.Client.GetStringAsync("/stats");

        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, third.Body);
        Assert.StartsWith(
            """{"accounts":{"requests":0,"withAuthorization":0},"inventory":{"requests":3,"withAuthorization":2},""",
            stats);
    }
}
