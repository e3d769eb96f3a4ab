using System.Net;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Passive health per URL: ejection after failures, failing fast, back-off, one probe while half-open, recovery, and the status view.</summary>
public sealed class PassiveHealthTests
{
    private const string OneUrlOut = "http://a.test/graphql is out of the rotation after repeated failures; failing fast";

    [Fact]
    public async Task ConsecutiveFailures_EjectAtOnceFailFastThenProbeReturnsUrl()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(503, (await client.Query()).StatusCode);
        }

        var fast = await client.Query();
        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromMilliseconds(999));
        var stillOut = await client.Query();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var probe = await client.Query();
        var after = await client.Query();

        Assert.Equal(SubgraphFailureKind.Unavailable, fast.Failure);
        Assert.Equal(OneUrlOut, fast.FailureMessage);
        Assert.Equal(OneUrlOut, stillOut.FailureMessage);
        Assert.Equal(200, probe.StatusCode);
        Assert.Equal(200, after.StatusCode);
        Assert.Equal(5, handler.Hosts.Count);
    }

    [Fact]
    public async Task ProbeFails_EjectedAgainForTwiceAsLong()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time);
        for (var i = 0; i < 3; i++)
        {
            await client.Query();
        }

        time.Advance(TimeSpan.FromSeconds(1));
        var probe = await client.Query();
        time.Advance(TimeSpan.FromMilliseconds(1999));
        var stillOut = await client.Query();
        time.Advance(TimeSpan.FromMilliseconds(1));
        var secondProbe = await client.Query();

        Assert.Equal("Connection refused (a.test:80)", probe.FailureMessage);
        Assert.Equal(OneUrlOut, stillOut.FailureMessage);
        Assert.Equal("Connection refused (a.test:80)", secondProbe.FailureMessage);
        Assert.Equal(5, handler.Hosts.Count);
    }

    [Fact]
    public async Task Ejection_BackOffDoublesUpToMaxAndStartsOverAfterALongHealthyStretch()
    {
        var time = new FakeTimeProvider();
        var logger = new ListLogger();
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var options = ResilientClient.Options(maxAttempts: 1) with
        {
            PassiveHealth = new SubgraphPassiveHealthOptions { ConsecutiveFailures = 1, EjectionTime = TimeSpan.FromSeconds(1), MaxEjectionTime = TimeSpan.FromSeconds(5) },
        };
        var client = ResilientClient.Create(handler, options, time, logger: logger);

        await client.Query();
        foreach (var seconds in new[] { 1, 2, 4, 5 })
        {
            time.Advance(TimeSpan.FromSeconds(seconds));
            await client.Query();
        }

        time.Advance(TimeSpan.FromSeconds(5));
        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        await client.Query();
        time.Advance(TimeSpan.FromSeconds(6));
        handler.Respond = (host, _) => ScriptedHandler.Refused(host);
        await client.Query();

        Assert.Equal(
            ["00:00:01", "00:00:02", "00:00:04", "00:00:05", "00:00:05", "00:00:01"],
            logger.Entries.Where(e => e.StartsWith("4101:", StringComparison.Ordinal)).Select(e => e.Split(" for ")[1][..8]));
    }

    [Fact]
    public async Task HalfOpen_OneProbeInFlight_EveryOtherRequestGoesToHealthyUrl()
    {
        var time = new FakeTimeProvider();
        var release = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.BadGateway : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time, hosts: ["a.test", "b.test"]);
        for (var i = 0; i < 6; i++)
        {
            await client.Query();
        }

        handler.Respond = (host, _) => host == "a.test" ? release.Task : Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(1));
        var probe = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 7);
        var others = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            others.Add((await client.Query()).StatusCode);
        }

        var halfOpen = client.Health.GetStatuses()[0].State;
        release.SetResult(HttpStatusCode.OK);
        Assert.Equal(200, (await probe).StatusCode);
        await client.Query();
        await client.Query();

        Assert.Equal([200, 200, 200, 200, 200], others);
        Assert.Equal(SubgraphUrlState.HalfOpen, halfOpen);
        Assert.Equal(
            ["a.test", "b.test", "a.test", "b.test", "a.test", "b.test", "a.test", "b.test", "b.test", "b.test", "b.test", "b.test", "b.test", "a.test"],
            handler.HostsSnapshot());
    }

    [Fact]
    public async Task HalfOpen_MutationNeverProbes_NextQueryDoes()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time, hosts: ["a.test", "b.test"]);
        for (var i = 0; i < 6; i++)
        {
            await client.Query();
        }

        time.Advance(TimeSpan.FromSeconds(1));
        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        var mutations = new[] { await client.Mutation(), await client.Mutation() };
        var probe = await client.Query();

        Assert.All(mutations, m => Assert.Equal(200, m.StatusCode));
        Assert.Equal(200, probe.StatusCode);
        Assert.Equal(["b.test", "b.test", "a.test"], handler.HostsSnapshot().Skip(6));
        Assert.Equal(SubgraphUrlState.Healthy, client.Health.GetStatuses()[0].State);
    }

    [Fact]
    public async Task FailureRatio_IntermittentFailures_EjectWithoutConsecutiveRun()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(++calls % 2 == 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var options = ResilientClient.Options(maxAttempts: 1) with
        {
            PassiveHealth = new SubgraphPassiveHealthOptions { ConsecutiveFailures = 100, FailureRatio = 0.5, MinimumThroughput = 6 },
        };
        var client = ResilientClient.Create(handler, options, time);

        var statuses = new List<int>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await client.Query()).StatusCode);
        }

        Assert.Equal([200, 503, 200, 503, 200, 503, 0], statuses);
        Assert.Equal(6, handler.Hosts.Count);
    }

    [Fact]
    public async Task FailureRatio_FailuresOlderThanWindow_Forgotten()
    {
        var time = new FakeTimeProvider();
        var calls = 0;
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(++calls % 2 == 0 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var options = ResilientClient.Options(maxAttempts: 1) with
        {
            PassiveHealth = new SubgraphPassiveHealthOptions { ConsecutiveFailures = 100, MinimumThroughput = 6, SamplingDuration = TimeSpan.FromSeconds(10) },
        };
        var client = ResilientClient.Create(handler, options, time);

        for (var i = 0; i < 4; i++)
        {
            await client.Query();
        }

        time.Advance(TimeSpan.FromSeconds(11));
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.Query()).StatusCode);
        }

        Assert.Equal([200, 503, 200, 503], statuses);
        Assert.Equal(SubgraphUrlState.Healthy, client.Health.GetStatuses()[0].State);
    }

    [Fact]
    public async Task AllUrlsEjected_FailsFastNamingSubgraph()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), new FakeTimeProvider(), hosts: ["a.test", "b.test"]);
        for (var i = 0; i < 6; i++)
        {
            await client.Query();
        }

        var result = await client.Query();

        Assert.Equal(SubgraphFailureKind.Unavailable, result.Failure);
        Assert.Equal("every URL of subgraph 'accounts' is out of the rotation after repeated failures; failing fast", result.FailureMessage);
        Assert.Equal(6, handler.Hosts.Count);
    }

    [Fact]
    public async Task Query_RetriedUntilUrlEjected_LastAnswerReturnedThenFailsFast()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.BadGateway) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 5), new FakeTimeProvider());

        var first = await client.Query();
        var second = await client.Query();

        Assert.Equal(502, first.StatusCode);
        Assert.Equal(SubgraphFailureKind.Unavailable, second.Failure);
        Assert.Equal(3, handler.Hosts.Count);
    }

    [Fact]
    public async Task StateChanges_LoggedWithEventIds()
    {
        var time = new FakeTimeProvider();
        var logger = new ListLogger();
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 2), time, logger: logger);
        await client.Query();
        await client.Query();
        handler.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(1));
        await client.Query();

        Assert.Equal(
            [
                "4103: Retrying a query to subgraph accounts in 00:00:00 (retry 1) after: HTTP 503.",
                "4101: Subgraph accounts URL http://a.test/graphql ejected from the rotation for 00:00:01 after: HTTP 503.",
                "4103: Retrying a query to subgraph accounts in 00:00:00 (retry 1) after: HTTP 503.",
                "4104: Subgraph accounts URL http://a.test/graphql is half-open: one probe request is sent to it.",
                "4102: Subgraph accounts URL http://a.test/graphql is back in the rotation: a probe request succeeded.",
            ],
            logger.Entries);
    }

    [Fact]
    public async Task PassiveDisabled_NeverEjects()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1, passive: false));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(503, (await client.Query()).StatusCode);
        }

        Assert.Equal(20, handler.Hosts.Count);
    }

    [Fact]
    public async Task GetStatuses_EjectedAndHealthyUrls_ExactView()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Refused(host) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), time, hosts: ["a.test", "b.test"]);
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(200, (await client.Query()).StatusCode);
        }

        var statuses = client.Health.GetStatuses();

        Assert.Equal(
            new SubgraphUrlStatus
            {
                Subgraph = "accounts",
                Url = new Uri("http://a.test/graphql"),
                State = SubgraphUrlState.Ejected,
                Since = new DateTimeOffset(2026, 12, 1, 10, 0, 3, TimeSpan.Zero),
                EjectedUntil = new DateTimeOffset(2026, 12, 1, 10, 0, 4, TimeSpan.Zero),
                RequestsInFlight = 0,
                Latency = TimeSpan.Zero,
                ConsecutiveFailures = 3,
                LastFailure = "Connection refused (a.test:80)",
            },
            statuses[0]);
        Assert.Equal((SubgraphUrlState.Healthy, 0, (string?)null), (statuses[1].State, statuses[1].ConsecutiveFailures, statuses[1].LastFailure));
        Assert.Equal(2, statuses.Count);
    }
}
