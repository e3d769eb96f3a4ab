using GraphGateway.Core.Operations;
using System.Net;
using System.Text;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Retries of subgraph queries: which failures, how many attempts, never mutations, never after cancellation.</summary>
public sealed class RetryTests
{
    [Fact]
    public async Task Query_502Then200_RetriedOnceAndSucceeds()
    {
        var handler = new ScriptedHandler();
        var calls = 0;
        handler.Respond = (_, _) => Task.FromResult(++calls == 1 ? HttpStatusCode.BadGateway : HttpStatusCode.OK);
        var client = ResilientClient.Create(handler, ResilientClient.Options());

        var result = await client.Query();

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"data":{"ok":true}}""", Encoding.UTF8.GetString(result.Body!.Value.Span));
        Assert.Equal(2, handler.Hosts.Count);
        Assert.Equal(["""{"query":"{me{id}}"}""", """{"query":"{me{id}}"}"""], handler.Bodies);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadGateway, 3)]
    [InlineData(HttpStatusCode.ServiceUnavailable, 3)]
    [InlineData(HttpStatusCode.GatewayTimeout, 3)]
    [InlineData(HttpStatusCode.InternalServerError, 1)]
    [InlineData(HttpStatusCode.BadRequest, 1)]
    [InlineData(HttpStatusCode.TooManyRequests, 1)]
    public async Task Query_StatusAlways_AttemptsOnlyFor502To504(HttpStatusCode status, int expectedAttempts)
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(status) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(passive: false));

        var result = await client.Query();

        Assert.Equal((int)status, result.StatusCode);
        Assert.Equal(SubgraphFailureKind.None, result.Failure);
        Assert.Equal(expectedAttempts, handler.Hosts.Count);
    }

    [Fact]
    public async Task Query_ConnectionRefusedAlways_StopsAfterMaxAttemptsWithMessage()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 4, passive: false));

        var result = await client.Query();

        Assert.Null(result.Body);
        Assert.Equal("Connection refused (a.test:80) (after 4 attempts)", result.FailureMessage);
        Assert.Equal(SubgraphFailureKind.NotSent, result.Failure);
        Assert.Equal(4, handler.Hosts.Count);
    }

    [Fact]
    public async Task Query_MaxAttemptsOne_NotRetried()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1));

        var result = await client.Query();

        Assert.Equal(503, result.StatusCode);
        Assert.Single(handler.Hosts);
    }

    [Fact]
    public async Task Mutation_503AndRefused_NeverRetried()
    {
        var handler = new ScriptedHandler { Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 5));

        var unavailable = await client.Mutation();
        handler.Respond = (host, _) => ScriptedHandler.Refused(host);
        var refused = await client.Mutation();

        Assert.Equal(503, unavailable.StatusCode);
        Assert.Equal("Connection refused (a.test:80)", refused.FailureMessage);
        Assert.Equal(2, handler.Hosts.Count);
    }

    [Fact]
    public async Task UnknownKind_Refused_NotRetried()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 5));

        var result = await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal("Connection refused (a.test:80)", result.FailureMessage);
        Assert.Single(handler.Hosts);
    }

    [Fact]
    public async Task Query_FirstAttemptTimesOut_RetriedAndSucceeds()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler();
        var calls = 0;
        handler.Respond = (_, ct) => Interlocked.Increment(ref calls) == 1 ? ScriptedHandler.Hang(ct) : Task.FromResult(HttpStatusCode.OK);
        var client = ResilientClient.Create(handler, ResilientClient.Options() with { AttemptTimeout = TimeSpan.FromMilliseconds(50) }, time);

        var pending = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(49));
        Assert.False(pending.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var result = await pending;

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(2, handler.Hosts.Count);
    }

    [Fact]
    public async Task Query_EveryAttemptTimesOut_ReportsAttemptTimeout()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = static (_, ct) => ScriptedHandler.Hang(ct) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 2, passive: false) with { AttemptTimeout = TimeSpan.FromMilliseconds(20) }, time);

        var pending = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(20));
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 2);
        time.Advance(TimeSpan.FromMilliseconds(20));
        var result = await pending;

        Assert.Equal(SubgraphFailureKind.Timeout, result.Failure);
        Assert.Equal("attempt timed out after 0.02 s (after 2 attempts)", result.FailureMessage);
        Assert.Equal(2, handler.Hosts.Count);
    }

    [Fact]
    public async Task Query_OverallTimeoutDuringAttempt_NoFurtherAttempt()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = static (_, ct) => ScriptedHandler.Hang(ct) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 3), time, timeout: TimeSpan.FromMilliseconds(50));

        var pending = client.Query();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromMilliseconds(50));
        var result = await pending;

        Assert.Equal(SubgraphFailureKind.Timeout, result.Failure);
        Assert.Equal("timed out after 0.05 s", result.FailureMessage);
        Assert.Single(handler.Hosts);
    }

    [Fact]
    public async Task Query_CallerCancels_ThrowsWithoutRetry()
    {
        // The caller cancels once the first attempt has reached the subgraph (a timer could fire before it on a busy machine).
        using var cts = new CancellationTokenSource();
        var handler = new ScriptedHandler
        {
            Respond = (_, ct) =>
            {
                cts.Cancel();
                return ScriptedHandler.Hang(ct);
            },
        };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 3));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await client.Query(cts.Token));

        Assert.Single(handler.Hosts);
    }
}
