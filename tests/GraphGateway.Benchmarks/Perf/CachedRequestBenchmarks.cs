using GraphGateway.Execution.Pipeline;
using GraphGateway.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraphGateway.Benchmarks.Runtime;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphGateway.Execution;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Results;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// One whole cached-plan request of the public benchmark (issue 7's allocation target: less than 2× the response size):
/// prepare (document cache hit) → plan cache hit → 8 subgraph requests through <see cref="HttpSubgraphClient"/> with a
/// forwarded <c>authorization</c> header, over an in-memory <see cref="HttpMessageHandler"/> replaying canned answers →
/// parse, merge, write the 87,599-byte response → release its pooled buffer. Setup checks the response against
/// tests/load/bench/expected.json and that every subgraph request carried the header, and prints allocated bytes per
/// request and their ratio to the response size (<see cref="AllocationReport"/>).
/// </summary>
[MemoryDiagnoser]
public class CachedRequestBenchmarks
{
    private const int ResponseBytes = 87_599;
    private InProcessGateway _executor = null!;
    private InMemorySubgraphHandler _handler = null!;
    private GraphQLRequest _request = null!;
    private RequestOptions _context = null!;

    /// <summary>Allocated bytes per request measured in setup (200 sequential requests), and that over the response size.</summary>
    public static (long BytesPerRequest, double RatioToResponse) AllocationReport { get; private set; }

    /// <summary>Builds the gateway over the in-memory subgraphs, checks one response and measures allocations.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = BenchData.Supergraph();
        var query = File.ReadAllText(BenchData.Find("tests/load/bench/query.graphql"));
        _request = new GraphQLRequest(query, "TestQuery", null, null);
        var expected = JsonNode.Parse(File.ReadAllText(BenchData.Find("tests/load/bench/expected.json")))!;
        var plan = new QueryPlanner(model).Plan(OperationNormalizer.Normalize(model.ApiSchema, BenchData.Operation(query, "TestQuery").Operation, BenchData.Operation(query, "TestQuery").Fragments));
        (_executor, _handler) = InMemoryBenchGateway.Create(model, plan, expected["data"]!.AsObject());
        _context = new RequestOptions { Headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["authorization"] = "Bearer bench-1" } };

        var body = Encoding.UTF8.GetString(Once());
        _handler.Recording = false;
        var replayed = Encoding.UTF8.GetString(Once());
        if (body.Length != ResponseBytes || replayed != body || !JsonNode.DeepEquals(expected, JsonNode.Parse(body)))
        {
            throw new InvalidOperationException("The bench query's response through the in-memory subgraphs differs from expected.json.");
        }

        if (_handler.Requests != 16 || _handler.WithAuthorization != 16)
        {
            throw new InvalidOperationException($"Expected 8 subgraph requests per client request, all with authorization; saw {_handler.Requests} ({_handler.WithAuthorization}).");
        }

        for (var i = 0; i < 50; i++)
        {
            Request().GetAwaiter().GetResult();
        }

        const int Count = 200;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Count; i++)
        {
            Request().GetAwaiter().GetResult();
        }

        var perRequest = (GC.GetTotalAllocatedBytes(precise: true) - before) / Count;
        AllocationReport = (perRequest, (double)perRequest / ResponseBytes);
        Console.WriteLine($"// CachedRequest: {perRequest:N0} bytes allocated per request = {AllocationReport.RatioToResponse:0.00}x the {ResponseBytes:N0}-byte response (issue 7 target < 2x)");

        // Where they go: the subgraph answers' bytes, and reading them into the result tree alone.
        var answers = _handler.Answers;
        var arenas = answers.Select(_ => new ResultArena()).ToArray();
        before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < Count; i++)
        {
            for (var a = 0; a < answers.Count; a++)
            {
                // One arena per answer, as a request's ResultArenaSet has one per fetch.
                _ = SubgraphResponseParser.Parse(answers[a], plan.TypenameKey, arenas[a]) ?? throw new InvalidOperationException("A canned answer did not parse.");
                arenas[a].Reset();
            }
        }

        var parse = (GC.GetTotalAllocatedBytes(precise: true) - before) / Count;
        Console.WriteLine($"// CachedRequest: {answers.Count} subgraph answers of {answers.Sum(a => a.Length):N0} bytes in all; reading them into (pooled) result-tree nodes allocates {parse:N0} bytes");
    }

    /// <summary>One cached-plan request through the pipeline, from the request text (document cache hit) to the released response body.</summary>
    [Benchmark]
    public async Task<int> Request()
    {
        using var response = await _executor.ExecuteAsync(_request, _context, CancellationToken.None);
        return response.Body.Length;
    }

    private byte[] Once()
    {
        using var response = _executor.ExecuteAsync(_request, _context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return response.Body.ToArray();
    }
}
