using GraphGateway.Planning.Caching;
using GraphGateway.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Executor;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;

namespace GraphGateway.Benchmarks.Runtime;

/// <summary>
/// Runtime micro-benchmarks over the public benchmark's supergraph (tests/load/bench): a plan-cache hit, planning a
/// 50-field operation over the four subgraphs, and executing the bench query against canned subgraph answers
/// (representations, merging and writing the 87,599-byte response). Each setup validates what it measures.
/// </summary>
[MemoryDiagnoser]
public class RuntimeBenchmarks
{
    private SupergraphModel _model = null!;
    private InProcessGateway _cachedExecutor = null!;
    private ValidatedOperation _benchQuery = null!;
    private ValidatedOperation _fiftyFields = null!;
    private QueryPlanner _planner = null!;
    private InProcessGateway _executor = null!;

    /// <summary>Builds the executors, plans and canned answers, and checks them.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _model = BenchData.Supergraph();
        _planner = new QueryPlanner(_model);
        _benchQuery = BenchData.Operation(File.ReadAllText(BenchData.Find("tests/load/bench/query.graphql")), "TestQuery");
        _fiftyFields = BenchData.Operation(FiftyFieldOperation());
        var fieldCount = CountFields(OperationNormalizer.Normalize(_model.ApiSchema, _fiftyFields.Operation, _fiftyFields.Fragments).Root);
        var plan = Plan50Fields();
        if (fieldCount != 50 || plan.Fetches.Select(f => f.Subgraph).Distinct().Count() != 4)
        {
            throw new InvalidOperationException($"The 50-field operation has {fieldCount} fields over {plan.Fetches.Select(f => f.Subgraph).Distinct().Count()} subgraphs.");
        }

        _cachedExecutor = new InProcessGateway(_model, new CannedBenchSubgraphs(_model.ApiSchema, [], _planner.Plan(Normalize(_benchQuery))));
        _cachedExecutor.GetPlan(_benchQuery);

        var expected = JsonNode.Parse(File.ReadAllText(BenchData.Find("tests/load/bench/expected.json")))!;
        var benchPlan = _planner.Plan(Normalize(_benchQuery));
        _executor = new InProcessGateway(_model, new CannedBenchSubgraphs(_model.ApiSchema, expected["data"]!.AsObject(), benchPlan));
        var body = ExecuteBenchQuery().GetAwaiter().GetResult();
        if (body.Length != 87_599 || !JsonNode.DeepEquals(expected, JsonNode.Parse(Encoding.UTF8.GetString(body.Span))))
        {
            throw new InvalidOperationException("The bench query's response differs from expected.json.");
        }
    }

    /// <summary>Looks up the bench query's plan in a warm plan cache.</summary>
    [Benchmark]
    public object PlanCacheHit() =>
        _cachedExecutor.Snapshot.Plans.GetOrAdd(new PlanCacheKey(_benchQuery.DocumentHash, _benchQuery.OperationName, null), static _ => throw new InvalidOperationException("miss"), 0, out _);

    /// <summary>Normalizes and plans a 50-field operation over four subgraphs (no cache).</summary>
    [Benchmark]
    public Planning.Plans.QueryPlan Plan50Fields() => _planner.Plan(Normalize(_fiftyFields));

    /// <summary>Executes the bench query (plan cached) against canned subgraph answers: representations, merge, write.</summary>
    [Benchmark]
    public async Task<ReadOnlyMemory<byte>> ExecuteBenchQuery()
    {
        using var response = await _executor.ExecuteAsync(_benchQuery);
        return response.Body.ToArray();
    }

    private NormalizedOperation Normalize(ValidatedOperation operation) =>
        OperationNormalizer.Normalize(_model.ApiSchema, operation.Operation, operation.Fragments);

    private static string FiftyFieldOperation() => """
        query Fifty {
          me { id name username birthday reviews { id body product { upc name price weight inStock shippingEstimate } } }
          u: user(id: "2") { id name username birthday reviews { id body author { id username name birthday } } }
          users { id name username reviews { body product { upc name inStock } } }
          topProducts(first: 3) { upc name inStock shippingEstimate reviews { id body author { id name username } } }
        }
        """;

    private static int CountFields(SelectionSet set) => set.Items.Sum(i => i switch
    {
        FieldSelection f => 1 + (f.SelectionSet is null ? 0 : CountFields(f.SelectionSet)),
        FragmentSelection fr => CountFields(fr.SelectionSet),
        _ => 0,
    });
}
