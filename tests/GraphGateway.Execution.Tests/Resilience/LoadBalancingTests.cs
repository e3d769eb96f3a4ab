using System.Net;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Several URLs per subgraph: round-robin, least requests, retries on another URL.</summary>
public sealed class LoadBalancingTests
{
    [Fact]
    public async Task RoundRobin_ThreeUrls_EachInTurn()
    {
        var handler = new ScriptedHandler();
        var client = ResilientClient.Create(handler, ResilientClient.Options(), hosts: ["a.test", "b.test", "c.test"]);

        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(200, (await client.Query()).StatusCode);
        }

        Assert.Equal(["a.test", "b.test", "c.test", "a.test", "b.test", "c.test", "a.test"], handler.Hosts);
    }

    [Fact]
    public async Task Retry_FirstUrl503_RetriedOnNextUrl()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(passive: false), hosts: ["a.test", "b.test"]);

        var first = await client.Query();
        var second = await client.Query();

        Assert.Equal(200, first.StatusCode);
        Assert.Equal(200, second.StatusCode);
        Assert.Equal(["a.test", "b.test", "a.test", "b.test"], handler.Hosts);
    }

    [Fact]
    public async Task Retry_AllUrlsRefuse_EachUrlOnceForFreeThenCountedAttemptsInTurn()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 4, passive: false), hosts: ["a.test", "b.test", "c.test"]);

        var result = await client.Query();

        // a and b reached no server with an untried URL left (free failover); c's refusal is the first counted attempt.
        Assert.Equal("Connection refused (c.test:80) (after 6 attempts)", result.FailureMessage);
        Assert.Equal(["a.test", "b.test", "c.test", "a.test", "b.test", "c.test"], handler.Hosts);
    }

    [Fact]
    public async Task Retry_AllUrlsResetAfterSending_EachUrlTriedBeforeRepeating()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Reset(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 4, passive: false), hosts: ["a.test", "b.test", "c.test"]);

        var result = await client.Query();

        Assert.Equal(SubgraphFailureKind.TransportError, result.Failure);
        Assert.Equal("Connection reset by a.test (after 4 attempts)", result.FailureMessage);
        Assert.Equal(["a.test", "b.test", "c.test", "a.test"], handler.Hosts);
    }

    [Fact]
    public async Task LeastRequests_OneUrlBusy_NextRequestsGoElsewhere()
    {
        var release = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? release.Task : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(balancing: SubgraphLoadBalancing.LeastRequests), hosts: ["a.test", "b.test"]);

        var busy = client.Query();
        for (var i = 0; i < 200 && handler.HostsSnapshot().Count == 0; i++)
        {
            await Task.Delay(1);
        }

        var others = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            others.Add((await client.Query()).StatusCode);
        }

        release.SetResult(HttpStatusCode.OK);
        Assert.Equal(200, (await busy).StatusCode);
        Assert.Equal([200, 200, 200], others);
        Assert.Equal(["a.test", "b.test", "b.test", "b.test"], handler.HostsSnapshot());
    }
}
