using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience.Faults;

/// <summary>
/// Two real subgraph instances on loopback behind fault proxies, under a bounded concurrent load of queries and
/// mutations (one in three), with the built-in balancing (PeakEwma) and health settings unless a test says otherwise.
/// Each fault: no failed query; a mutation fails only when it had been sent to the failing instance and got no answer;
/// the failing instance stops getting traffic after a bounded number of attempts; a restarted one gets traffic again.
/// </summary>
public sealed class FaultInjectionTests
{
    private const int Workers = 8;
    private const int ConsecutiveFailures = 3;

    private static readonly SubgraphResilienceOptions LongEjection = new()
    {
        PassiveHealth = new SubgraphPassiveHealthOptions { EjectionTime = TimeSpan.FromSeconds(60), MaxEjectionTime = TimeSpan.FromSeconds(60) },
    };

    private static bool EveryThird(int i) => i % 3 == 0;

    [Fact]
    public async Task Kill_UnderLoad_NoFailedQuery_OnlyMutationsInFlightFail_DeadUrlEjectedAfterFewAttempts()
    {
        await using var harness = await FaultHarness.StartAsync(2);
        var logger = new ListLogger();

        // LeastRequests keeps both instances busy, so the kill always meets traffic (PeakEwma may have left one idle
        // for a moment after a slow answer).
        var client = harness.Client(LongEjection with { LoadBalancing = SubgraphLoadBalancing.LeastRequests }, logger: logger);
        var dead = harness.Proxies[0];
        var attemptsAtKill = 0;

        var outcomes = await Load.RunAsync(client, Workers, 600, EveryThird, i =>
        {
            if (i == 200)
            {
                dead.Kill();
                attemptsAtKill = harness.AttemptsTo(dead);
            }

            return Task.CompletedTask;
        });

        AssertNoFailedQuery(outcomes);
        var failedMutations = outcomes.Where(o => o.Mutation && !Load.Answered(o)).ToArray();
        Assert.All(failedMutations, o => Assert.Equal(SubgraphFailureKind.TransportError, o.Failure));
        Assert.InRange(failedMutations.Length, 0, Workers);
        AssertEachMutationRanAtMostOnce(harness, outcomes);
        // Requests in flight when it died may alone have ejected it (their connections were reset): no new attempt needed.
        Assert.True(harness.AttemptsTo(dead) - attemptsAtKill <= ConsecutiveFailures + Workers, $"{harness.AttemptsTo(dead) - attemptsAtKill} attempts after the kill; {Describe(client)}");
        Assert.Equal(SubgraphUrlState.Ejected, client.Health.GetStatuses()[0].State);
        Assert.Single(logger.Entries, e => e.StartsWith("4101: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refused_FromTheStart_EveryQueryAndMutationAnswered_EachMutationRunsOnce()
    {
        await using var harness = await FaultHarness.StartAsync(1);
        var refused = new Uri($"http://127.0.0.1:{FaultProxy.FreePort()}/graphql");
        var client = harness.Client(LongEjection, extraUrls: refused);

        var outcomes = await Load.RunAsync(client, Workers, 300, EveryThird);

        Assert.All(outcomes, o => Assert.True(Load.Answered(o), $"request {o.Index}: {o.Message}"));
        Assert.Equal(outcomes.Count(o => o.Mutation), harness.Instances[0].Mutations);
        Assert.InRange(harness.Attempts.GetValueOrDefault(refused.Port), 1, ConsecutiveFailures + Workers);
        Assert.Equal(SubgraphUrlState.Ejected, client.Health.GetStatuses()[1].State);
    }

    [Theory]
    [InlineData(SubgraphLoadBalancing.PeakEwma, -1)]
    [InlineData(SubgraphLoadBalancing.LeastRequests, 100)]
    public async Task Freeze_RequestsSentToHungInstanceCostOneAttemptTimeout_NoFailedQuery(SubgraphLoadBalancing balancing, int freezeAt)
    {
        await using var harness = await FaultHarness.StartAsync(2);
        var frozen = harness.Proxies[0];
        var options = LongEjection with { AttemptTimeout = TimeSpan.FromSeconds(2), LoadBalancing = balancing };
        var client = harness.Client(options);
        var sentBeforeFreeze = 0;

        // Frozen from the start, the first request goes to it (the two URLs tie); frozen under load, it holds the
        // requests on its open connections.
        if (freezeAt < 0)
        {
            frozen.Freeze();
        }

        var outcomes = await Load.RunAsync(client, Workers, 400, EveryThird, i =>
        {
            if (i == freezeAt)
            {
                sentBeforeFreeze = harness.Sent.Count;
                frozen.Freeze();
            }

            return Task.CompletedTask;
        });
        frozen.Thaw();

        AssertNoFailedQuery(outcomes);
        var failedMutations = outcomes.Where(o => o.Mutation && !Load.Answered(o)).ToArray();
        Assert.All(failedMutations, o => Assert.Equal("attempt timed out after 2 s", o.Message));
        Assert.InRange(failedMutations.Length, 0, Workers);
        var toFrozen = harness.Sent.Skip(sentBeforeFreeze).Where(s => s.Port == frozen.Port).Select(s => s.Request).ToArray();

        // The freeze held requests (they timed out), each of them once (one attempt timeout per request), and only about
        // a worker's worth got there: the ones in flight when it froze, and new ones until its pending age or ejection
        // kept them away.
        Assert.Equal("attempt timed out after 2 s", client.Health.GetStatuses()[0].LastFailure);
        Assert.Equal(toFrozen.Length, toFrozen.Distinct().Count());
        Assert.True(toFrozen.Length <= Workers + ConsecutiveFailures, $"{toFrozen.Length} requests to the frozen instance; {Describe(client)}");
        AssertEachMutationRanAtMostOnce(harness, outcomes);
    }

    [Fact]
    public async Task Slow_PeakEwma_SendsFewRequestsToTheSlowInstance_RoundRobinSplitsEvenly()
    {
        await using var harness = await FaultHarness.StartAsync(2);
        harness.Proxies[0].Delay = TimeSpan.FromMilliseconds(200);
        var peak = harness.Client(new SubgraphResilienceOptions());
        var roundRobin = harness.Client(new SubgraphResilienceOptions { LoadBalancing = SubgraphLoadBalancing.RoundRobin });

        var peakOutcomes = await Load.RunAsync(peak, 4, 200, _ => false);
        var slowUnderPeak = harness.Instances[0].Queries;
        var roundRobinOutcomes = await Load.RunAsync(roundRobin, 4, 40, _ => false);

        AssertNoFailedQuery(peakOutcomes);
        AssertNoFailedQuery(roundRobinOutcomes);

        // The slow instance costs 200 ms x (in flight + 1); the fast one would need over 40 ms per answer with all four
        // workers on it to cost as much.
        Assert.InRange(slowUnderPeak, 1, 20);
        Assert.Equal(20, harness.Instances[0].Queries - slowUnderPeak);
    }

    [Fact]
    public async Task Flap_KilledAndRestartedRepeatedly_NoFailedQuery_OnlyMutationsInFlightFail()
    {
        await using var harness = await FaultHarness.StartAsync(2);
        var flapping = harness.Proxies[0];
        var options = new SubgraphResilienceOptions
        {
            PassiveHealth = new SubgraphPassiveHealthOptions { EjectionTime = TimeSpan.FromMilliseconds(20), MaxEjectionTime = TimeSpan.FromMilliseconds(80) },
        };
        var client = harness.Client(options);

        var outcomes = await Load.RunAsync(client, Workers, 1000, EveryThird, i =>
        {
            if (i > 0 && i % 100 == 0)
            {
                if ((i / 100) % 2 == 1)
                {
                    flapping.Kill();
                }
                else
                {
                    flapping.Restart();
                }
            }

            return Task.CompletedTask;
        });

        AssertNoFailedQuery(outcomes);
        var failedMutations = outcomes.Where(o => o.Mutation && !Load.Answered(o)).ToArray();
        Assert.All(failedMutations, o => Assert.Equal(SubgraphFailureKind.TransportError, o.Failure));
        Assert.InRange(failedMutations.Length, 0, 5 * Workers);
        AssertEachMutationRanAtMostOnce(harness, outcomes);
    }

    [Fact]
    public async Task Restart_AfterEjection_InstanceGetsTrafficOnceItsEjectionIsOver()
    {
        var time = new FakeTimeProvider();
        await using var harness = await FaultHarness.StartAsync(2);
        var instance = harness.Proxies[0];
        var client = harness.Client(new SubgraphResilienceOptions { LoadBalancing = SubgraphLoadBalancing.RoundRobin }, time);
        instance.Kill();
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(200, (await client.Query()).StatusCode);
        }

        instance.Restart();
        for (var i = 0; i < 4; i++)
        {
            await client.Query();
        }

        var whileEjected = harness.Instances[0].Queries;
        time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 4; i++)
        {
            await client.Query();
        }

        Assert.Equal(0, whileEjected);
        Assert.Equal(SubgraphUrlState.Healthy, client.Health.GetStatuses()[0].State);
        Assert.Equal(2, harness.Instances[0].Queries);
        Assert.Equal(5, harness.AttemptsTo(instance));
    }

    [Fact]
    public async Task ActiveChecks_KilledInstanceOutBeforeAnyRequest_BackWithinOneIntervalOfRestart()
    {
        var time = new FakeTimeProvider();
        await using var harness = await FaultHarness.StartAsync(2);
        var instance = harness.Proxies[0];
        instance.Kill();
        var options = new SubgraphResilienceOptions
        {
            LoadBalancing = SubgraphLoadBalancing.RoundRobin,
            ActiveHealth = new SubgraphActiveHealthOptions { Enabled = true, Interval = TimeSpan.FromSeconds(5), Path = "/health" },
        };
        var client = harness.Client(options, time);
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].LastFailure is not null);
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Unhealthy);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, (await client.Query()).StatusCode);
        }

        var checksWhileDown = harness.AttemptsTo(instance);
        instance.Restart();
        await Task.Yield();
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Healthy);
        for (var i = 0; i < 4; i++)
        {
            await client.Query();
        }

        Assert.Equal(2, checksWhileDown);
        Assert.Equal(2, harness.Instances[0].Queries);
    }

    private static string Describe(HttpSubgraphClient client) =>
        string.Join("; ", client.Health.GetStatuses().Select(s => $"{s.Url.Port} {s.State} {s.ConsecutiveFailures} {s.Latency.TotalMilliseconds:0.0} ms '{s.LastFailure}'"));

    private static void AssertNoFailedQuery(LoadOutcome[] outcomes) =>
        Assert.All(outcomes.Where(o => !o.Mutation), o => Assert.True(Load.Answered(o), $"query {o.Index}: {o.Failure} {o.Message} {o.Status}"));

    /// <summary>A mutation ran at most once: the instances together ran at least the answered ones and at most the answered plus the failed ones (which may have run before their connection broke).</summary>
    private static void AssertEachMutationRanAtMostOnce(FaultHarness harness, LoadOutcome[] outcomes)
    {
        var answered = outcomes.Count(o => o.Mutation && Load.Answered(o));
        var failed = outcomes.Count(o => o.Mutation && !Load.Answered(o));
        Assert.InRange(harness.Instances.Sum(i => i.Mutations), answered, answered + failed);
    }
}
