using GraphGateway.TestSupport;
using GraphGateway.AspNetCore.Configuration;
using System.Net;
using System.Text;
using GraphGateway.Core.Packaging;
using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>
/// Resilience as <c>AddGraphGateway</c> configures it (settings under <c>GraphGateway:Subgraphs:&lt;name&gt;</c> and
/// <c>GraphGateway:SubgraphDefaults</c>), through the executor: every outcome is a GraphQL response.
/// </summary>
public sealed class RuntimeResilienceTests : IDisposable
{
    private const string MeName = """{"data":{"me":{"name":"Ada"}}}""";
    private readonly string _dir = Directory.CreateTempSubdirectory("gg-resilience-").FullName;
    private readonly ScriptedHandler _accounts = new() { OkBody = MeName };
    private readonly FakeTimeProvider _time = new();

    private static string Supergraph => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "shop", "supergraph.graphql"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Executor_ConfiguredUrls502ThenOk_RetriedOnSecondUrl()
    {
        _accounts.Respond = (host, _) => Task.FromResult(host == "a.test" ? HttpStatusCode.BadGateway : HttpStatusCode.OK);
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Urls:0"] = "http://a.test/graphql",
            ["GraphGateway:Subgraphs:accounts:Urls:1"] = "http://b.test/graphql",
            ["GraphGateway:SubgraphDefaults:Retry:BaseDelay"] = "00:00:00",
        });

        var json = await Run(services, "{ me { name } }");

        Assert.Equal(MeName, json);
        Assert.Equal(["a.test", "b.test"], _accounts.Hosts);
    }

    [Fact]
    public async Task Executor_Mutation503_SentOnceAndAnsweredWithError()
    {
        _accounts.Respond = (_, _) => Task.FromResult(HttpStatusCode.ServiceUnavailable);
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://a.test/graphql",
            ["GraphGateway:Subgraphs:accounts:Retry:MaxAttempts"] = "5",
            ["GraphGateway:Subgraphs:accounts:Retry:BaseDelay"] = "00:00:00",
        });

        var json = await Run(services, """mutation { updateName(id: "1", name: "X") { name } }""");

        Assert.Equal(
            """{"data":{"updateName":null},"errors":[{"message":"HTTP fetch failed from 'accounts': 503 ServiceUnavailable","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}]}""",
            json);
        Assert.Single(_accounts.Hosts);
    }

    [Fact]
    public async Task Executor_UrlEjected_FailsFastThenRecovers()
    {
        _accounts.Respond = (host, _) => ScriptedHandler.Refused(host);
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://a.test/graphql",
            ["GraphGateway:SubgraphDefaults:Retry:MaxAttempts"] = "1",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:ConsecutiveFailures"] = "2",
            ["GraphGateway:Subgraphs:accounts:HealthCheck:Passive:EjectionTime"] = "00:00:10",
        });
        await Run(services, "{ me { name } }");
        await Run(services, "{ me { name } }");

        var open = await Run(services, "{ me { name } }");
        _accounts.Respond = (_, _) => Task.FromResult(HttpStatusCode.OK);
        _time.Advance(TimeSpan.FromSeconds(10));
        var recovered = await Run(services, "{ me { name } }");

        Assert.Equal(
            """{"data":{"me":null},"errors":[{"message":"HTTP fetch failed from 'accounts': http://a.test/graphql is out of the rotation after repeated failures; failing fast","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}]}""",
            open);
        Assert.Equal(MeName, recovered);
        Assert.Equal(3, _accounts.Hosts.Count);
        var status = services.GetRequiredService<GraphGateway.Execution.Transport.Health.SubgraphHealthRegistry>().GetStatuses().Single(s => s.Subgraph == "accounts");
        Assert.Equal(GraphGateway.Execution.Transport.Health.SubgraphUrlState.Healthy, status.State);
    }

    [Fact]
    public async Task Executor_PackageExtraUrls_RoundRobinOverAll()
    {
        var path = Path.Combine(_dir, "gateway.fsp");
        var subgraphs = new[] { "accounts", "inventory", "products", "reviews", "warehouses" }.Select(name => new PackageSubgraph(
            name == "accounts"
                ? new SubgraphSettings { Name = name, Url = "http://a.test/graphql", ExtraUrls = ["http://b.test/graphql", "http://c.test/graphql"] }
                : new SubgraphSettings { Name = name, Url = $"http://{name}.test/graphql" },
            "type Query { x: Int }"));
        GatewayPackage.Create(Supergraph, "type Query { x: Int }", subgraphs, null, "tests").Write(path);
        using var services = Build(new() { ["GraphGateway:Supergraph:Path"] = path, ["GraphGateway:SubgraphDefaults:LoadBalancing"] = "roundrobin" });

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(MeName, await Run(services, "{ me { name } }"));
        }

        Assert.Equal(["a.test", "b.test", "c.test", "a.test"], _accounts.Hosts);
    }

    [Fact]
    public void Options_InvalidResilienceSettings_ReportsEveryProblemWithSettingName()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://a.test/graphql",
            ["GraphGateway:Subgraphs:accounts:Urls:0"] = "ftp://b.test",
            ["GraphGateway:Subgraphs:accounts:AttemptTimeout"] = "00:00:00.001",
            ["GraphGateway:Subgraphs:accounts:HedgeDelay"] = "00:02:00",
            ["GraphGateway:Subgraphs:accounts:LoadBalancing"] = "Random",
            ["GraphGateway:Subgraphs:accounts:Retry:MaxAttempts"] = "0",
            ["GraphGateway:Subgraphs:accounts:Retry:BaseDelay"] = "00:00:02",
            ["GraphGateway:Subgraphs:accounts:Retry:MaxDelay"] = "00:00:01",
            ["GraphGateway:Subgraphs:accounts:HealthCheck:Passive:EjectionTime"] = "00:01:00",
            ["GraphGateway:Subgraphs:accounts:HealthCheck:Active:Enabled"] = "true",
            ["GraphGateway:Subgraphs:accounts:HealthCheck:Active:Path"] = "health",
            ["GraphGateway:Subgraphs:accounts:HealthCheck:Active:Timeout"] = "00:00:06",
            ["GraphGateway:SubgraphDefaults:Timeout"] = "00:00:00",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:ConsecutiveFailures"] = "0",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:FailureRatio"] = "0",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:MinimumThroughput"] = "1",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:SamplingDuration"] = "00:00:00.1",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Passive:MaxEjectionTime"] = "2.00:00:00",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Active:Interval"] = "00:00:00.05",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Active:Query"] = " ",
            ["GraphGateway:SubgraphDefaults:HealthCheck:Active:HealthyThreshold"] = "101",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AspNetCore.Configuration.GraphGatewayOptions>>().Value);

        Assert.Equal(
            [
                "GraphGateway:Subgraphs:accounts:Urls: set either Url or Urls, not both.",
                "GraphGateway:Subgraphs:accounts:Urls:0: 'ftp://b.test' is not an absolute http or https URL.",
                "GraphGateway:Subgraphs:accounts:AttemptTimeout: must be between 00:00:00.0100000 and 1.00:00:00 (got 00:00:00.0010000).",
                "GraphGateway:Subgraphs:accounts:HedgeDelay: must be between 00:00:00.0010000 and 00:01:00 (or 00:00:00 for off) (got 00:02:00).",
                "GraphGateway:Subgraphs:accounts:LoadBalancing: 'Random' is not PeakEwma, RoundRobin or LeastRequests.",
                "GraphGateway:Subgraphs:accounts:Retry:MaxAttempts: must be between 1 and 10 (got 0).",
                "GraphGateway:Subgraphs:accounts:Retry:MaxDelay: must not be less than Retry:BaseDelay (got 00:00:01 < 00:00:02).",
                "GraphGateway:Subgraphs:accounts:HealthCheck:Active:Path: 'health' is not an absolute path such as /health.",
                "GraphGateway:Subgraphs:accounts:HealthCheck:Active:Timeout: must not be longer than Interval (got 00:00:06 > 00:00:00.0500000).",
                "GraphGateway:SubgraphDefaults:Timeout: must be positive (got 00:00:00).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Passive:ConsecutiveFailures: must be between 1 and 1000 (got 0).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Passive:FailureRatio: must be above 0 and at most 1 (got 0).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Passive:MinimumThroughput: must be at least 2 (got 1).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Passive:SamplingDuration: must be between 00:00:00.5000000 and 1.00:00:00 (got 00:00:00.1000000).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Passive:MaxEjectionTime: must be between 00:00:00.0100000 and 1.00:00:00 (got 2.00:00:00).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Active:Interval: must be between 00:00:00.1000000 and 1.00:00:00 (got 00:00:00.0500000).",
                "GraphGateway:SubgraphDefaults:HealthCheck:Active:Query: must not be empty.",
                "GraphGateway:SubgraphDefaults:HealthCheck:Active:HealthyThreshold: must be between 1 and 100 (got 101).",
            ],
            ex.Failures);
    }

    [Fact]
    public async Task Executor_ResponseOverMaxResponseBytes_FetchFailsOnceWithoutRetry()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://a.test/graphql",
            ["GraphGateway:Subgraphs:accounts:MaxResponseBytes"] = "29",
            ["GraphGateway:SubgraphDefaults:Retry:MaxAttempts"] = "3",
            ["GraphGateway:SubgraphDefaults:Retry:BaseDelay"] = "00:00:00",
        });

        var json = await Run(services, "{ me { name } }");

        Assert.Equal(30, Encoding.UTF8.GetByteCount(MeName));
        Assert.Equal(
            """{"data":{"me":null},"errors":[{"message":"HTTP fetch failed from 'accounts': the response body is larger than the 29-byte limit (MaxResponseBytes)","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}]}""",
            json);
        Assert.Single(_accounts.Hosts);
    }

    [Fact]
    public async Task Executor_ResponseExactlyAtDefaultsMaxResponseBytes_Answered()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:Url"] = "http://a.test/graphql",
            ["GraphGateway:SubgraphDefaults:MaxResponseBytes"] = "30",
        });

        Assert.Equal(MeName, await Run(services, "{ me { name } }"));
    }

    [Fact]
    public void Options_MaxResponseBytesOutOfRange_ReportedWithSettingName()
    {
        using var services = Build(new()
        {
            ["GraphGateway:Subgraphs:accounts:MaxResponseBytes"] = "0",
            ["GraphGateway:SubgraphDefaults:MaxResponseBytes"] = "4294967296",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AspNetCore.Configuration.GraphGatewayOptions>>().Value);

        Assert.Equal(
            [
                "GraphGateway:Subgraphs:accounts:MaxResponseBytes: must be between 1 and 2147483590 bytes (got 0).",
                "GraphGateway:SubgraphDefaults:MaxResponseBytes: must be between 1 and 2147483590 bytes (got 4294967296).",
            ],
            ex.Failures);
    }

    private static async Task<string> Run(ServiceProvider services, string query)
    {
        var snapshot = services.GetRequiredService<IGatewaySnapshotProvider>().Current!;
        return await services.GetRequiredService<GraphGateway.Execution.Pipeline.GatewayPipeline>().ExecuteTextAsync(snapshot, TestOperation.Create(query));
    }

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        if (!settings.ContainsKey("GraphGateway:Supergraph:Path"))
        {
            var path = Path.Combine(_dir, "supergraph.graphql");
            File.WriteAllText(path, Supergraph);
            settings["GraphGateway:Supergraph:Path"] = path;
        }

        settings["GraphGateway:Supergraph:ReloadOnChange"] = "false";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(_time);
        services.AddGraphGateway(configuration);
        services.AddHttpClient(HttpSubgraphClient.ClientName("accounts")).ConfigurePrimaryHttpMessageHandler(() => _accounts);
        return services.BuildServiceProvider();
    }
}
