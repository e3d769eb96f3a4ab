using System.Net;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Circuit breaking per URL: opening, failing fast, skipping an open URL, half-open probe and recovery.</summary>
public sealed class CircuitBreakerTests
{
    [Fact]
    public async Task Circuit_FailuresReachRatio_OpensFailsFastThenRecoversAfterProbe()
    {
        var time = new ManualTimeProvider();
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(503, (await client.Query()).StatusCode);
        }

        var fast = await client.Query();
        Assert.Null(fast.Body);
        Assert.Equal("circuit breaker is open for http://a.test/graphql after repeated failures; failing fast", fast.Failure);
        Assert.Equal(4, handler.Hosts.Count);

        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(4));
        Assert.NotNull((await client.Query()).Failure);
        Assert.Equal(4, handler.Hosts.Count);

        time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(200, (await client.Query()).StatusCode);
        Assert.Equal(200, (await client.Query()).StatusCode);
        Assert.Equal(6, handler.Hosts.Count);
    }

    [Fact]
    public async Task Circuit_ProbeFails_OpensAgain()
    {
        var time = new ManualTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time);
        for (var i = 0; i < 4; i++)
        {
            await client.Query();
        }

        time.Advance(TimeSpan.FromSeconds(6));
        var probe = await client.Query();
        var after = await client.Query();

        Assert.Equal("Connection refused (a.test:80)", probe.Failure);
        Assert.Equal("circuit breaker is open for http://a.test/graphql after repeated failures; failing fast", after.Failure);
        Assert.Equal(5, handler.Hosts.Count);
    }

    [Fact]
    public async Task Circuit_QueryWithRetries_OpenCircuitNotRetried()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.BadGateway) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 3));

        var first = await client.Query();
        var second = await client.Query();

        Assert.Equal(502, first.StatusCode);
        Assert.Equal("circuit breaker is open for http://a.test/graphql after repeated failures; failing fast (after 2 attempts)", second.Failure);
        Assert.Equal(4, handler.Hosts.Count);
    }

    [Fact]
    public async Task Circuit_OneOfTwoUrlsOpen_RequestsSkipIt()
    {
        var time = new ManualTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time, hosts: ["a.test", "b.test"]);

        for (var i = 0; i < 8; i++)
        {
            await client.Query();
        }

        var hostsWhileOpen = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            hostsWhileOpen.Add((await client.Query()).StatusCode);
        }

        Assert.Equal([200, 200, 200, 200], hostsWhileOpen);
        Assert.Equal(
            ["a.test", "b.test", "a.test", "b.test", "a.test", "b.test", "a.test", "b.test", "b.test", "b.test", "b.test", "b.test"],
            handler.Hosts);
    }

    [Fact]
    public async Task Circuit_AllUrlsOpen_FailsFastNamingSubgraph()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), hosts: ["a.test", "b.test"]);
        for (var i = 0; i < 8; i++)
        {
            await client.Query();
        }

        var result = await client.Query();

        Assert.Equal("circuit breaker is open for every URL of subgraph 'accounts' after repeated failures; failing fast", result.Failure);
        Assert.Equal(8, handler.Hosts.Count);
    }

    [Fact]
    public async Task Circuit_OpensRetriesAndCloses_Logged()
    {
        var time = new ManualTimeProvider();
        var logger = new ListLogger();
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 2), time, logger: logger);
        await client.Query();
        await client.Query();
        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(5));
        await client.Query();

        Assert.Equal(
            [
                "4103: Retrying a query to subgraph accounts in 00:00:00 (retry 1) after: HTTP 503.",
                "4103: Retrying a query to subgraph accounts in 00:00:00 (retry 1) after: HTTP 503.",
                "4101: Circuit breaker opened for subgraph accounts at http://a.test/graphql for 00:00:05; requests to it fail fast.",
                "4102: Circuit breaker closed for subgraph accounts at http://a.test/graphql.",
            ],
            logger.Entries);
    }

    [Fact]
    public async Task Circuit_Disabled_NeverFailsFast()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1, breaker: false));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(503, (await client.Query()).StatusCode);
        }

        Assert.Equal(20, handler.Hosts.Count);
    }
}
