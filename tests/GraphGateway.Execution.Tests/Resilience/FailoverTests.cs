using System.Net;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Which failures send a request to another URL: only one that reached no server, for every operation; after sending, only queries.</summary>
public sealed class FailoverTests
{
    [Fact]
    public async Task Mutation_FirstUrlRefuses_SentToSecondUrl()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Refused(host) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), hosts: ["a.test", "b.test"]);

        var result = await client.Mutation();

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test", "b.test"], handler.Hosts);
        Assert.Equal(["""{"query":"mutation{m}"}""", """{"query":"mutation{m}"}"""], handler.Bodies);
    }

    [Fact]
    public async Task Mutation_EveryUrlRefuses_EachTriedOnceThenFails()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => ScriptedHandler.Refused(host) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 5), hosts: ["a.test", "b.test", "c.test"]);

        var result = await client.Mutation();

        Assert.Equal(SubgraphFailureKind.NotSent, result.Failure);
        Assert.Equal("Connection refused (c.test:80) (after 3 attempts)", result.FailureMessage);
        Assert.Equal(["a.test", "b.test", "c.test"], handler.Hosts);
    }

    [Fact]
    public async Task Mutation_ConnectionResetAfterSending_NotSentElsewhere()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Reset(host) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 3), hosts: ["a.test", "b.test"]);

        var result = await client.Mutation();

        Assert.Equal(SubgraphFailureKind.TransportError, result.Failure);
        Assert.Equal("Connection reset by a.test", result.FailureMessage);
        Assert.Equal(["a.test"], handler.Hosts);
    }

    [Fact]
    public async Task Mutation_NoAnswerWithinAttemptTimeout_FailsWithClearMessageWithoutResending()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, ct) => host == "a.test" ? ScriptedHandler.Hang(ct) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options() with { AttemptTimeout = TimeSpan.FromSeconds(2) }, time, hosts: ["a.test", "b.test"]);

        var pending = client.Mutation();
        await ResilientClient.Until(() => handler.HostsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromSeconds(2));
        var result = await pending;

        Assert.Equal(SubgraphFailureKind.Timeout, result.Failure);
        Assert.Equal("attempt timed out after 2 s", result.FailureMessage);
        Assert.Equal(["a.test"], handler.Hosts);
    }

    [Fact]
    public async Task Mutation_502FromFirstUrl_NotSentElsewhere()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.BadGateway : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(), hosts: ["a.test", "b.test"]);

        var result = await client.Mutation();

        Assert.Equal(502, result.StatusCode);
        Assert.Equal(["a.test"], handler.Hosts);
    }

    [Fact]
    public async Task Query_MaxAttemptsOneAndFirstUrlRefuses_FailoverDoesNotCount()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Refused(host) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(maxAttempts: 1), hosts: ["a.test", "b.test"]);

        var result = await client.Query();

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test", "b.test"], handler.Hosts);
    }

    [Fact]
    public async Task Subscription_FirstUrlRefuses_SentToSecondUrl()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Refused(host) : Task.FromResult(HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(), hosts: ["a.test", "b.test"]);

        var result = await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Subscription, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(["a.test", "b.test"], handler.Hosts);
    }

    [Fact]
    public async Task Query_FirstUrl503_BodyOfFailedAttemptNotReturned()
    {
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        var client = ResilientClient.Create(handler, ResilientClient.Options(), hosts: ["a.test", "b.test"]);

        var result = await client.Query();

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"data":{"ok":true}}""", System.Text.Encoding.UTF8.GetString(result.Body!.Value.Span));
    }
}
