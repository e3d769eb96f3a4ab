using GraphGateway.Execution.Pipeline;
using GraphGateway.TestSupport;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraphGateway.Benchmarks.Runtime;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Results;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// The executor's stages one by one for the public benchmark query (issue 7's list: reading subgraph JSON,
/// representation collection, merging and writing the response), and whole executions of a small operation and of
/// the bench query against canned answers. Setup runs the bench plan once, checks the written response against
/// tests/load/bench/expected.json and keeps that request's result tree for the stage benchmarks.
/// </summary>
[MemoryDiagnoser]
public class ExecutionStageBenchmarks
{
    private const string SmallQuery = "query Small { topProducts { upc name price } }";
    private InProcessGateway _executor = null!;
    private InProcessGateway _smallExecutor = null!;
    private Core.Schemas.Schema _api = null!;
    private ValidatedOperation _bench = null!;
    private ValidatedOperation _small = null!;
    private QueryPlan _plan = null!;
    private ResultObject _tree = null!;
    private List<GraphQLError> _errors = null!;
    private FetchNode _largestEntityFetch = null!;
    private FlattenNode[] _largestFlattens = null!;
    private IReadOnlyList<byte[]> _answers = null!;
    private ResultArena[] _arenas = null!;
    private int _expectedRepresentations;
    private readonly System.Buffers.ArrayBufferWriter<byte> _output = new(128 * 1024);

    /// <summary>Plans, executes once, checks the response and keeps the tree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var model = BenchData.Supergraph();
        _bench = BenchData.Operation(File.ReadAllText(BenchData.Find("tests/load/bench/query.graphql")), "TestQuery");
        _small = BenchData.Operation(SmallQuery);
        var expected = JsonNode.Parse(File.ReadAllText(BenchData.Find("tests/load/bench/expected.json")))!;
        _plan = new QueryPlanner(model).Plan(OperationNormalizer.Normalize(model.ApiSchema, _bench.Operation, _bench.Fragments));
        var smallPlan = new QueryPlanner(model).Plan(OperationNormalizer.Normalize(model.ApiSchema, _small.Operation, _small.Fragments));
        var canned = new CannedBenchSubgraphs(model.ApiSchema, expected["data"]!.AsObject(), _plan);
        var cannedSmall = new CannedBenchSubgraphs(model.ApiSchema, expected["data"]!.AsObject(), smallPlan);
        _api = model.ApiSchema;
        _executor = new InProcessGateway(model, canned);
        _smallExecutor = new InProcessGateway(model, cannedSmall);

        using var runContext = new GatewayRequestContext(_executor.Snapshot, CancellationToken.None) { Operation = _bench };
        var runner = new PlanRunner(_plan, _bench, runContext, _executor.Snapshot, Execution.Diagnostics.GatewayEvents.None, TimeProvider.System);
        runner.RunAsync(CancellationToken.None).GetAwaiter().GetResult();
        _tree = runner.Data;
        _errors = runner.Errors;
        CompleteAndWrite();
        var written = Encoding.UTF8.GetString(_output.WrittenSpan);
        if (!JsonNode.DeepEquals(expected["data"], JsonNode.Parse(written)) || _errors.Count != 0)
        {
            throw new InvalidOperationException("The bench plan's result tree does not write expected.json's data.");
        }

        using var smallResponse = _smallExecutor.ExecuteAsync(_small).AsTask().GetAwaiter().GetResult();
        var smallBody = JsonNode.Parse(Encoding.UTF8.GetString(smallResponse.Body.Span))!;
        if (smallBody["data"]!["topProducts"]!.AsArray().Count != expected["data"]!["topProducts"]!.AsArray().Count)
        {
            throw new InvalidOperationException("The small operation's response does not list the bench's top products.");
        }

        // The entity fetch with the most representations, over the finished tree.
        var flattens = Flattens(_plan.Root).GroupBy(f => f.Node).ToList();
        var best = flattens.Select(g => (Group: g, Count: CountRepresentations(g.Key, g.ToArray()))).MaxBy(x => x.Count);
        (_largestEntityFetch, _largestFlattens, _expectedRepresentations) = (best.Group.Key, best.Group.ToArray(), best.Count);
        if (_expectedRepresentations == 0)
        {
            throw new InvalidOperationException("No entity fetch found representations.");
        }

        _answers = canned.Answers;
        _arenas = _answers.Select(_ => new ResultArena()).ToArray();
        Console.WriteLine($"// ExecutionStages: largest entity fetch to '{_largestEntityFetch.Subgraph}' sends {_expectedRepresentations} representations; {_answers.Count} answers of {_answers.Sum(a => a.Length):N0} bytes");
    }

    /// <summary>Reads every canned subgraph answer of the bench plan into (reused) result-tree nodes.</summary>
    [Benchmark]
    public int ParseAnswers()
    {
        var fields = 0;
        for (var i = 0; i < _answers.Count; i++)
        {
            fields += SubgraphResponseParser.Parse(_answers[i], _plan.TypenameKey, _arenas[i])!.Data!.Count;
            _arenas[i].Reset();
        }

        return fields;
    }

    /// <summary>Finds the targets of the largest entity fetch in the finished tree and writes their distinct representations.</summary>
    [Benchmark]
    public int CollectRepresentations()
    {
        var targets = EntityTargets.Rent();
        targets.Collect(_tree, _largestFlattens);
        PlanRunner.BuildRepresentations(_largestEntityFetch, targets);
        var count = targets.Representations.Count;
        EntityTargets.Return(targets);
        return count == _expectedRepresentations ? count : throw new InvalidOperationException("Representation count changed.");
    }

    /// <summary>Completes (null propagation, type checks) and writes the response data from the tree (into a reused buffer).</summary>
    [Benchmark]
    public int CompleteAndWrite()
    {
        var writer = new ResponseWriter(_plan, _api, _bench, _errors, _executor.Snapshot.Introspection);
        _output.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_output, new JsonWriterOptions { SkipValidation = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.Complete(_tree);
            writer.Write(json, _tree);
        }

        return _output.WrittenCount;
    }

    /// <summary>Executes a one-fetch operation (plan cached) against canned answers.</summary>
    [Benchmark]
    public async Task<int> ExecuteSmall()
    {
        using var response = await _smallExecutor.ExecuteAsync(_small);
        return response.Body.Length;
    }

    /// <summary>Executes the bench query (plan cached, 8 fetches) against canned answers.</summary>
    [Benchmark]
    public async Task<int> ExecuteBench()
    {
        using var response = await _executor.ExecuteAsync(_bench);
        return response.Body.Length;
    }

    private int CountRepresentations(FetchNode fetch, FlattenNode[] flattens)
    {
        var targets = EntityTargets.Rent();
        targets.Collect(_tree, flattens);
        PlanRunner.BuildRepresentations(fetch, targets);
        var count = targets.Representations.Count;
        EntityTargets.Return(targets);
        return count;
    }

    private static IEnumerable<FlattenNode> Flattens(PlanNode? node) => node switch
    {
        FlattenNode f => [f],
        SequenceNode s => s.Nodes.SelectMany(Flattens),
        ParallelNode p => p.Nodes.SelectMany(Flattens),
        _ => [],
    };
}
