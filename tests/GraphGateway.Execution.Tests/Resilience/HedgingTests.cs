using System.Net;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Hedged queries: after <c>HedgeDelay</c> without an answer a second attempt races on another URL; never for mutations.</summary>
public sealed class HedgingTests
{
    private static SubgraphResilienceOptions Hedged => ResilientClient.Options() with { HedgeDelay = TimeSpan.FromMilliseconds(100) };

    [Fact]
    public async Task Query_FirstUrlHangs_SecondUrlAnswersAfterHedgeDelayAndFirstIsCancelled()
    {
        var time = new FakeTimeProvider();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler
        {
            Respond = async (host, ct) =>
            {
                if (host != "a.test")
                {
                    return HttpStatusCode.OK;
                }

                try
                {
                    return await ScriptedHandler.Hang(ct);
                }
                catch (OperationCanceledException)
                {
                    cancelled.TrySetResult();
                    throw;
                }
            },
        };
        var client = ResilientClient.Create(handler, Hedged, time, hosts: ["a.test", "b.test"]);

        var pending = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(99));
        await Task.Delay(20);
        Assert.Single(handler.HostsSnapshot());
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await pending;
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test", "b.test"], handler.HostsSnapshot());
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].RequestsInFlight == 0);
    }

    [Fact]
    public async Task Query_AnswerBeforeHedgeDelay_NoSecondRequest()
    {
        var handler = new ScriptedHandler();
        var client = ResilientClient.Create(handler, Hedged, new FakeTimeProvider(), hosts: ["a.test", "b.test"]);

        var result = await client.Query();

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test"], handler.Hosts);
    }

    [Fact]
    public async Task Query_HedgedAttemptFailsFirst_OriginalAnswerStillWins()
    {
        var time = new FakeTimeProvider();
        var release = new TaskCompletionSource<HttpStatusCode>(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? release.Task : ScriptedHandler.Reset(host) };
        var client = ResilientClient.Create(handler, Hedged with { MaxAttempts = 2 }, time, hosts: ["a.test", "b.test"]);

        var pending = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(100));
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 2);
        release.SetResult(HttpStatusCode.OK);
        var result = await pending;

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test", "b.test"], handler.HostsSnapshot());
    }

    [Fact]
    public async Task Mutation_SlowUrl_NeverHedged()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, ct) => host == "a.test" ? ScriptedHandler.Hang(ct) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, Hedged with { AttemptTimeout = TimeSpan.FromSeconds(1) }, time, hosts: ["a.test", "b.test"]);

        var pending = client.Mutation();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(500));
        await Task.Delay(20);
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(500));
        var result = await pending;

        Assert.Equal("attempt timed out after 1 s", result.FailureMessage);
        Assert.Equal(["a.test"], handler.HostsSnapshot());
    }
}
