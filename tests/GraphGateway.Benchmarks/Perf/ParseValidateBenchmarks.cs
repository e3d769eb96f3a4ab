using System.Text;
using BenchmarkDotNet.Attributes;
using GraphGateway.Benchmarks.Runtime;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// Parse + validate (+ operation selection and variable coercion) through <see cref="OperationPreparer"/> over the bench
/// API schema: <c>Cold</c> with an empty document cache (hash, token guard, parse, guards, every §5 rule), <c>Cached</c>
/// with the document already cached (what every repeated request pays). Operations: <c>small</c> (3 fields),
/// <c>bench</c> (the public benchmark query, fragments, 6 levels), <c>large</c> (the bench query's selections under 40
/// aliases of each root field). Setup checks that each operation prepares without errors.
/// </summary>
[MemoryDiagnoser]
public class ParseValidateBenchmarks
{
    private Schema _api = null!;
    private OperationPreparer _warm = null!;
    private string _text = null!;
    private string? _operationName;

    /// <summary>Which operation.</summary>
    [Params("small", "bench", "large")]
    public string Operation { get; set; } = "small";

    /// <summary>Loads the schema, builds the operation text and checks that it prepares cleanly.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _api = BenchData.Supergraph().ApiSchema;
        var bench = File.ReadAllText(BenchData.Find("tests/load/bench/query.graphql"));
        (_text, _operationName) = Operation switch
        {
            "small" => ("{ topProducts { upc name price } }", null),
            "bench" => (bench, "TestQuery"),
            _ => (Large(bench), "Large"),
        };
        _warm = new OperationPreparer(new DocumentCache(16), new OperationLimits());
        foreach (var result in new[] { Cold(), Cached(), Cached() })
        {
            if (result.Operation is null || result.Errors.Count != 0)
            {
                throw new InvalidOperationException($"Operation '{Operation}' did not prepare: {result.Failure} {string.Join("; ", result.Errors.Select(e => e.Message))}");
            }
        }
    }

    /// <summary>Empty document cache: everything from the text.</summary>
    [Benchmark]
    public PreparedOperation Cold() => new OperationPreparer(new DocumentCache(1), new OperationLimits()).Prepare(Request());

    /// <summary>Document (and its validation result) cached.</summary>
    [Benchmark]
    public PreparedOperation Cached() => _warm.Prepare(Request());

    private OperationRequest Request() => new() { ApiSchema = _api, Query = _text, OperationName = _operationName };

    /// <summary>The bench query's fragments and an operation with 40 aliases of each of its two root fields.</summary>
    private static string Large(string bench)
    {
        var operationStart = bench.IndexOf("query TestQuery", StringComparison.Ordinal);
        var fragments = bench[..operationStart];
        var body = bench[(bench.IndexOf('{', operationStart) + 1)..bench.LastIndexOf('}')];
        var users = body[..body.IndexOf("topProducts", StringComparison.Ordinal)].Trim();
        var top = body[body.IndexOf("topProducts", StringComparison.Ordinal)..].Trim();
        var text = new StringBuilder(fragments).Append("query Large {\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("  u").Append(i).Append(": ").Append(users).Append('\n');
            text.Append("  t").Append(i).Append(": ").Append(top).Append('\n');
        }

        return text.Append("}\n").ToString();
    }
}
