using GraphGateway.AspNetCore.Builder;
using GraphGateway.Execution.Pipeline;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraphGateway.AspNetCore.Http;
using GraphGateway.Benchmarks.Runtime;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// The client-facing HTTP path of one cached bench request (document cache hit, plan cache hit) through the real
/// ASP.NET Core pipeline — hosting, routing, <c>MapGraphGateway</c>'s handler: POST body read, JSON request parsed,
/// media type negotiated, <c>OperationPreparer</c>, forwarded headers, the 87,599-byte response written — served by an
/// in-process <see cref="IServer"/> (no sockets). <see cref="HttpLayer"/> answers from a stage in place of the plan stage that returns
/// the canned response (and looks the <c>authorization</c> header up 8 times, as the 8 subgraph fetches do), so it
/// measures the HTTP layer alone; <see cref="WholeRequest"/> runs the real pipeline over
/// canned subgraph answers (as <see cref="CachedRequestBenchmarks"/>). Setup checks both responses against
/// tests/load/bench/expected.json and prints bytes allocated per request.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class HttpRequestBenchmarks
{
    private const int ResponseBytes = 87_599;
    private readonly ResponseSink _sink = new();
    private readonly List<WebApplication> _apps = [];
    private InProcessHttpServer _stubServer = null!;
    private InProcessHttpServer _realServer = null!;
    private HeaderDictionary _headers = null!;
    private byte[] _body = null!;

    /// <summary>Builds both gateways, checks their responses and measures allocations per request.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = BenchData.Supergraph();
        var query = File.ReadAllText(BenchData.Find("tests/load/bench/query.graphql"));
        var expectedText = File.ReadAllText(BenchData.Find("tests/load/bench/expected.json"));
        var expected = JsonNode.Parse(expectedText)!;
        _body = File.ReadAllBytes(BenchData.Find("tests/load/bench/query.json"));
        _headers = new HeaderDictionary
        {
            ["Host"] = "localhost",
            ["Content-Type"] = "application/json",
            ["Accept"] = "application/graphql-response+json, application/json;q=0.9",
            ["Authorization"] = "Bearer bench-1",
            ["Content-Length"] = _body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        var operation = BenchData.Operation(query, "TestQuery");
        var plan = new QueryPlanner(model).Plan(OperationNormalizer.Normalize(model.ApiSchema, operation.Operation, operation.Fragments));
        var (executor, subgraphs) = InMemoryBenchGateway.Create(model, plan, expected["data"]!.AsObject());
        var inMemory = executor.Snapshot.Client("products");
        _realServer = Start(builder => builder.DecorateSubgraphClients((_, _, _) => inMemory));

        var first = Send(_realServer, capture: true);
        subgraphs.Recording = false;
        var second = Send(_realServer, capture: true);
        if (first.Length != ResponseBytes || second != first || !JsonNode.DeepEquals(expected, JsonNode.Parse(first)))
        {
            throw new InvalidOperationException("The bench query's response through the HTTP pipeline differs from expected.json.");
        }

        if (subgraphs.Requests != 16 || subgraphs.WithAuthorization != 16)
        {
            throw new InvalidOperationException($"Expected 8 subgraph requests per client request, all with authorization; saw {subgraphs.Requests} ({subgraphs.WithAuthorization}).");
        }

        var canned = Encoding.UTF8.GetBytes(first);
        _stubServer = Start(builder => builder.AddStage(GatewayStages.Plan, StagePlacement.Replace, _ => new CannedResponseStage(canned)));
        if (Send(_stubServer, capture: true) != first)
        {
            throw new InvalidOperationException("The stub executor's response through the HTTP pipeline differs from the real one.");
        }

        Console.WriteLine($"// HttpRequest: HttpLayer allocates {Measure(HttpLayer):N0} bytes per request; WholeRequest {Measure(WholeRequest):N0} bytes per request (response {ResponseBytes:N0} bytes)");
    }

    /// <summary>Stops the hosts.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var app in _apps)
        {
            app.StopAsync().GetAwaiter().GetResult();
            ((IDisposable)app).Dispose();
        }
    }

    /// <summary>The HTTP layer alone: the whole ASP.NET Core request path with an executor stub.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> HttpLayer() => await _stubServer.SendAsync("/graphql", _headers, _body, _sink);

    /// <summary>The whole cached-plan request: the HTTP layer plus the real executor over canned subgraph answers.</summary>
    [Benchmark]
    public async Task<int> WholeRequest() => await _realServer.SendAsync("/graphql", _headers, _body, _sink);

    private static long Measure(Func<Task<int>> request)
    {
        const int Count = 200;
        for (var i = 0; i < 50; i++)
        {
            request().GetAwaiter().GetResult();
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Count; i++)
        {
            request().GetAwaiter().GetResult();
        }

        return (GC.GetTotalAllocatedBytes(precise: true) - before) / Count;
    }

    /// <summary>The gateway over the bench supergraph as <c>AddGraphGateway</c> builds it, configured further by <paramref name="configure"/>.</summary>
    private InProcessHttpServer Start(Action<IGraphGatewayBuilder> configure)
    {
        var server = new InProcessHttpServer();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.WebHost.UseServer(server);
        builder.Logging.ClearProviders();
        var supergraph = File.ReadAllText(BenchData.Find("tests/load/bench/supergraph.graphql"));
        var gateway = builder.Services.AddGraphGateway(builder.Configuration).UseSupergraphSource(_ => new StaticSupergraphSource(supergraph, "bench"));
        configure(gateway);
        var app = builder.Build();
        app.MapGraphGateway();
        app.StartAsync().GetAwaiter().GetResult();
        _apps.Add(app);
        return server;
    }

    private string Send(InProcessHttpServer server, bool capture)
    {
        _sink.Capture = capture ? new MemoryStream() : null;
        var status = server.SendAsync("/graphql", _headers, _body, _sink).GetAwaiter().GetResult();
        var text = Encoding.UTF8.GetString(_sink.Capture?.ToArray() ?? []);
        _sink.Capture = null;
        return status == 200 ? text : throw new InvalidOperationException($"HTTP {status}: {text}");
    }

    /// <summary>In place of the plan stage: answers every operation with one fixed body, after the 8 header lookups the bench plan's fetches make.</summary>
    private sealed class CannedResponseStage(byte[] body) : IGatewayStage
    {
        public string Name => "canned-response";

        public ValueTask InvokeAsync(GatewayRequestContext context)
        {
            for (var i = 0; i < 8; i++)
            {
                if (!context.Headers.TryGetValue("authorization", out _))
                {
                    throw new InvalidOperationException("The request's authorization header did not reach the executor.");
                }
            }

            context.Response = ResponseBody.FromBytes(body);
            return default;
        }
    }
}
