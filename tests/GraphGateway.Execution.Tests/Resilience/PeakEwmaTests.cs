using System.Net;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>
/// The default balancer: the cheaper of two URLs by latency × (requests in flight + 1). Latency comes from the test
/// clock, which the handler moves forward while "answering", so costs are exact.
/// </summary>
public sealed class PeakEwmaTests
{
    private static SubgraphResilienceOptions Options => ResilientClient.Options(balancing: SubgraphLoadBalancing.PeakEwma);

    [Fact]
    public async Task SlowerUrl_OnceMeasured_GetsNoRequestsWhileTheFasterIsIdle()
    {
        var time = new FakeTimeProvider();
        var handler = Timed(time, aMilliseconds: 20, bMilliseconds: 2);
        var client = ResilientClient.Create(handler, Options, time, hosts: ["a.test", "b.test"]);

        for (var i = 0; i < 8; i++)
        {
            await client.Query();
        }

        Assert.Equal(["a.test", "b.test", "b.test", "b.test", "b.test", "b.test", "b.test", "b.test"], handler.Hosts);
        // 20 ms, decayed over the 14 ms since (seven answers of b): 20 x e^(-0.014 s / 2 s).
        Assert.Equal(19.860, client.Health.GetStatuses()[0].Latency.TotalMilliseconds, 3);
    }

    [Fact]
    public async Task SlowUrlLatency_FadesWithTwoSecondTimeConstant()
    {
        var time = new FakeTimeProvider();
        var handler = Timed(time, aMilliseconds: 20, bMilliseconds: 2);
        var client = ResilientClient.Create(handler, Options, time, hosts: ["a.test", "b.test"]);
        await client.Query();
        await client.Query();

        // 20 ms x e^(-2.002 s / 2 s): a sample's weight fades with a 2 s time constant.
        time.Advance(TimeSpan.FromSeconds(2));
        var decayed = client.Health.GetStatuses()[0].Latency;

        Assert.Equal(7.350, decayed.TotalMilliseconds, 3);
    }

    [Fact]
    public async Task HungUrl_AgeOfItsPendingRequestKeepsNewRequestsAway()
    {
        var time = new FakeTimeProvider();
        var release = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler
        {
            Respond = (host, _) =>
            {
                if (host == "a.test")
                {
                    return release.Task;
                }

                time.Advance(TimeSpan.FromMilliseconds(5));
                return Task.FromResult(HttpStatusCode.OK);
            },
        };
        var client = ResilientClient.Create(handler, Options, time, hosts: ["a.test", "b.test"]);

        var hung = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        for (var i = 0; i < 6; i++)
        {
            await client.Query();
        }

        // Without the age term a would cost (0 + 1) x 2 ticks against b's 5 ms and take the third request.
        var inFlight = client.Health.GetStatuses()[0].RequestsInFlight;
        release.SetResult(HttpStatusCode.OK);
        await hung;

        Assert.Equal(1, inFlight);
        Assert.Equal(["a.test", "b.test", "b.test", "b.test", "b.test", "b.test", "b.test"], handler.HostsSnapshot());
    }

    [Fact]
    public async Task UrlBackFromEjection_LatencyStartsOverFromItsProbe()
    {
        var time = new FakeTimeProvider();
        var slow = true;
        var handler = new ScriptedHandler
        {
            Respond = (_, _) =>
            {
                time.Advance(TimeSpan.FromMilliseconds(slow ? 500 : 2));
                return Task.FromResult(slow ? HttpStatusCode.GatewayTimeout : HttpStatusCode.OK);
            },
        };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1, balancing: SubgraphLoadBalancing.PeakEwma), time);
        for (var i = 0; i < 3; i++)
        {
            await client.Query();
        }

        var whileEjected = client.Health.GetStatuses()[0].Latency;
        slow = false;
        time.Advance(TimeSpan.FromSeconds(1));
        await client.Query();

        Assert.InRange(whileEjected.TotalMilliseconds, 499, 500);
        Assert.Equal(TimeSpan.FromMilliseconds(2), client.Health.GetStatuses()[0].Latency);
    }

    /// <summary>Answers 200 after moving the test clock: a.test takes <paramref name="aMilliseconds"/>, others <paramref name="bMilliseconds"/>.</summary>
    private static ScriptedHandler Timed(FakeTimeProvider time, int aMilliseconds, int bMilliseconds) => new()
    {
        Respond = (host, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(host == "a.test" ? aMilliseconds : bMilliseconds));
            return Task.FromResult(HttpStatusCode.OK);
        },
    };
}
