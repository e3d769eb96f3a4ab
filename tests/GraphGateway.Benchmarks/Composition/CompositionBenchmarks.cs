using System.Text;
using BenchmarkDotNet.Attributes;
using GraphGateway.Core.Composition;

namespace GraphGateway.Benchmarks.Composition;

/// <summary>
/// Composition throughput: the four sample-like subgraphs (accounts, inventory, products, reviews) and a
/// generated graph of 50 subgraphs with 2,000 entity types (40 per subgraph, each extended by the next
/// subgraph). Targets from issue 3: under 100 ms and under 5 s. Outputs are validated in setup.
/// Run: <c>dotnet run -c Release --project tests/GraphGateway.Benchmarks -- --filter '*CompositionBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class CompositionBenchmarks
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@provides\"])\n";

    private List<SubgraphInput> _sample = [];
    private List<SubgraphInput> _large = [];

    [GlobalSetup]
    public void Setup()
    {
        _sample =
        [
            new("accounts", Link + "type Query { me: User user(id: ID!): User users: [User] }\ntype User @key(fields: \"id\") { id: ID! name: String username: String @shareable birthday: Int }", "http://accounts"),
            new("inventory", Link + "type Product @key(fields: \"upc\") { upc: String! weight: Int @external price: Int @external inStock: Boolean shippingEstimate: Int @requires(fields: \"price weight\") }", "http://inventory"),
            new("products", Link + "type Query { topProducts(first: Int = 5): [Product] }\ntype Product @key(fields: \"upc\") { upc: String! name: String price: Int weight: Int }", "http://products"),
            new("reviews", Link + "type Review @key(fields: \"id\") { id: ID! body: String product: Product author: User @provides(fields: \"username\") }\ntype User @key(fields: \"id\") { id: ID! username: String @external reviews: [Review] }\ntype Product @key(fields: \"upc\") { upc: String! reviews: [Review] }", "http://reviews"),
        ];
        _large = Generate(subgraphs: 50, typesPerSubgraph: 40);

        var sample = Composer.Compose(_sample);
        Check(sample.Succeeded && sample.SupergraphSdl!.Contains("shippingEstimate: Int @join__field(graph: INVENTORY, requires: \"price weight\")", StringComparison.Ordinal), "sample composition", sample);
        var large = Composer.Compose(_large);
        var entityTypes = large.Supergraph?.Types.Keys.Count(k => k.StartsWith('T')) ?? 0;
        Check(large.Succeeded && entityTypes == 2000, $"large composition ({entityTypes} entity types)", large);
    }

    private static void Check(bool ok, string what, CompositionResult result)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"{what} is not valid: {string.Join("; ", result.Errors.Take(5))}");
        }
    }

    /// <summary>Subgraph s defines entities T{s}_{i} (key id, a link to the next type, a list field) and adds one field to each entity of subgraph s-1.</summary>
    internal static List<SubgraphInput> Generate(int subgraphs, int typesPerSubgraph)
    {
        var list = new List<SubgraphInput>();
        for (var s = 0; s < subgraphs; s++)
        {
            var sb = new StringBuilder(Link);
            sb.Append("type Query { root").Append(s).Append(": [T").Append(s).Append("_0] }\n");
            for (var i = 0; i < typesPerSubgraph; i++)
            {
                sb.Append("type T").Append(s).Append('_').Append(i).Append(" @key(fields: \"id\") { id: ID! name: String count: Int tags: [String!]");
                if (i + 1 < typesPerSubgraph)
                {
                    sb.Append(" next: T").Append(s).Append('_').Append(i + 1);
                }

                sb.Append(" }\n");
            }

            if (s > 0)
            {
                for (var i = 0; i < typesPerSubgraph; i++)
                {
                    sb.Append("type T").Append(s - 1).Append('_').Append(i).Append(" @key(fields: \"id\") { id: ID! extra").Append(s).Append(": Int }\n");
                }
            }

            list.Add(new SubgraphInput($"s{s:D2}", sb.ToString(), $"http://s{s:D2}"));
        }

        return list;
    }

    /// <summary>Four sample-like subgraphs → supergraph + API schema.</summary>
    [Benchmark]
    public CompositionResult ComposeSampleSubgraphs() => Composer.Compose(_sample);

    /// <summary>50 subgraphs, 2,000 entity types → supergraph + API schema.</summary>
    [Benchmark]
    public CompositionResult ComposeFiftySubgraphsTwoThousandTypes() => Composer.Compose(_large);
}
