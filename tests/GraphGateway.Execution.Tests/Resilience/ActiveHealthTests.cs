using System.Net;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>Active health checks: periodic checks take a URL out after failures and bring it back after a pass; state survives a new client over the same registry.</summary>
public sealed class ActiveHealthTests
{
    private static SubgraphResilienceOptions Checked(string? path = null, int unhealthy = 2) => ResilientClient.Options(maxAttempts: 1) with
    {
        ActiveHealth = new SubgraphActiveHealthOptions
        {
            Enabled = true,
            Interval = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(1),
            Path = path,
            UnhealthyThreshold = unhealthy,
        },
    };

    [Fact]
    public async Task Checks_FailTwice_UrlOutOfRotation_NextPassBringsItBack()
    {
        var time = new FakeTimeProvider();
        var logger = new ListLogger();
        var aDown = true;
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(host == "a.test" && aDown ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) };
        using var client = ResilientClient.Create(handler, Checked(), time, logger: logger, hosts: ["a.test", "b.test"]);

        await ResilientClient.Until(() => client.Health.GetStatuses()[0].LastFailure is not null);
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Unhealthy);
        var checks = handler.RequestsSnapshot().Count;
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(200, (await client.Query()).StatusCode);
        }

        var whileUnhealthy = handler.HostsSnapshot().Skip(checks).ToArray();
        aDown = false;
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Healthy);
        var before = handler.RequestsSnapshot().Count;
        await client.Query();
        await client.Query();

        Assert.Equal(4, checks);
        Assert.Equal(["b.test", "b.test", "b.test", "b.test"], whileUnhealthy);
        Assert.Equal(["a.test", "b.test"], handler.HostsSnapshot().Skip(before).Order());
        Assert.Equal("POST http://a.test/graphql", handler.RequestsSnapshot()[0].Replace("b.test", "a.test", StringComparison.Ordinal));
        Assert.Equal("""{"query":"{ __typename }"}""", handler.Bodies[0]);
        Assert.Contains("4106: Subgraph accounts URL http://a.test/graphql failed 2 health checks in a row and is out of the rotation: HTTP 503.", logger.Entries);
        Assert.Contains("4102: Subgraph accounts URL http://a.test/graphql is back in the rotation: its health check passed.", logger.Entries);
        Assert.Equal("health check: HTTP 503", client.Health.GetStatuses()[0].LastFailure);
    }

    [Fact]
    public async Task Checks_WithPath_GetThatPathOnTheUrlsHost()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler();
        using var client = ResilientClient.Create(handler, Checked("/health"), time);

        await ResilientClient.Until(() => client.Health.GetStatuses()[0].LastHealthCheck == time.GetUtcNow());
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].LastHealthCheck == time.GetUtcNow());

        Assert.Equal(["GET http://a.test/health", "GET http://a.test/health"], handler.RequestsSnapshot());
    }

    [Theory]
    [InlineData("""{"data":null,"errors":[{"message":"down"}]}""", "health check: the response has no data")]
    [InlineData("""{"data":{"__typename":"Query"},"errors":[{"message":"db down"}]}""", "health check: the response has errors: db down")]
    [InlineData("<html>ok</html>", "health check: the response is not JSON: <html>ok</html>")]
    public async Task Checks_GraphQLAnswerWithoutDataOrWithErrors_Fail(string body, string expected)
    {
        var handler = new ScriptedHandler { OkBody = body };
        using var client = ResilientClient.Create(handler, Checked(unhealthy: 1), new FakeTimeProvider());

        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Unhealthy);

        Assert.Equal(expected, client.Health.GetStatuses()[0].LastFailure);
    }

    [Fact]
    public async Task Checks_NoAnswerWithinTimeout_Fail()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = static (_, ct) => ScriptedHandler.Hang(ct) };
        using var client = ResilientClient.Create(handler, Checked(unhealthy: 1), time);

        await ResilientClient.Until(() => handler.RequestsSnapshot().Count == 1);
        time.Advance(TimeSpan.FromSeconds(1));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Unhealthy);

        Assert.Equal("health check: no answer within 1 s", client.Health.GetStatuses()[0].LastFailure);
    }

    [Fact]
    public async Task PassingCheck_EndsPassiveEjectionAtOnce()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => Task.FromResult(HttpStatusCode.OK) };
        using var client = ResilientClient.Create(handler, Checked(), time);
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].LastHealthCheck is not null);
        handler.Respond = (host, _) => ScriptedHandler.Refused(host);
        for (var i = 0; i < 3; i++)
        {
            await client.Query();
        }

        var ejected = client.Health.GetStatuses()[0].State;
        handler.Respond = (host, _) => Task.FromResult(HttpStatusCode.OK);
        time.Advance(TimeSpan.FromSeconds(5));
        await ResilientClient.Until(() => client.Health.GetStatuses()[0].State == SubgraphUrlState.Healthy);

        Assert.Equal(SubgraphUrlState.Ejected, ejected);
        Assert.Equal(200, (await client.Query()).StatusCode);
    }

    [Fact]
    public async Task Registry_NewClientForSameUrls_KeepsStateAndStopsChecksOfRemovedUrls()
    {
        var time = new FakeTimeProvider();
        var handler = new ScriptedHandler { Respond = (host, _) => host == "a.test" ? ScriptedHandler.Refused(host) : Task.FromResult(HttpStatusCode.OK) };
        var services = new ServiceCollection();
        services.AddHttpClient(HttpSubgraphClient.ClientName("accounts")).ConfigurePrimaryHttpMessageHandler(() => handler);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        using var registry = new SubgraphHealthRegistry(factory, time);
        var options = ResilientClient.Options(maxAttempts: 1);
        var first = new HttpSubgraphClient(factory, Endpoints(options, "a.test", "b.test"), health: registry);
        for (var i = 0; i < 6; i++)
        {
            await first.Query();
        }

        var second = new HttpSubgraphClient(factory, Endpoints(options, "a.test", "b.test"), health: registry);
        await second.Query();
        var afterReload = registry.GetStatuses().Select(s => (s.Url.Host, s.State)).ToArray();
        var checkedOptions = options with { ActiveHealth = new SubgraphActiveHealthOptions { Enabled = true, Interval = TimeSpan.FromSeconds(5) } };
        _ = new HttpSubgraphClient(factory, Endpoints(checkedOptions, "b.test", "c.test"), health: registry);
        await ResilientClient.Until(() => handler.RequestsSnapshot().Count(r => r.Contains("c.test", StringComparison.Ordinal)) == 1);
        _ = new HttpSubgraphClient(factory, Endpoints(options, "b.test"), health: registry);
        var requests = handler.RequestsSnapshot().Count;
        time.Advance(TimeSpan.FromSeconds(20));
        await Task.Delay(50);

        Assert.Equal([("a.test", SubgraphUrlState.Ejected), ("b.test", SubgraphUrlState.Healthy)], afterReload);
        Assert.Equal("b.test", handler.HostsSnapshot()[6]);
        Assert.Equal(requests, handler.RequestsSnapshot().Count);
        Assert.Equal(["http://b.test/graphql"], registry.GetStatuses().Select(s => s.Url.ToString()));
    }

    private static Dictionary<string, SubgraphEndpoint> Endpoints(SubgraphResilienceOptions options, params string[] hosts)
    {
        var urls = hosts.Select(h => new Uri($"http://{h}/graphql")).ToArray();
        return new() { ["accounts"] = new() { Name = "accounts", Url = urls[0], AdditionalUrls = urls[1..], Resilience = options } };
    }
}
