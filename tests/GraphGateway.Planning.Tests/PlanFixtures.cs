using GraphGateway.Core.Supergraph;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;
using GraphGateway.Planning.Plans;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Planning.Tests;

/// <summary>Loads the fixture supergraphs (composed by the reference composition) and plans operations over them.</summary>
internal static class PlanFixtures
{
    private static readonly Dictionary<string, QueryPlanner> Planners = new(StringComparer.Ordinal);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static QueryPlanner Planner(string set)
    {
        lock (Planners)
        {
            if (!Planners.TryGetValue(set, out var planner))
            {
                var model = SupergraphReader.Read(File.ReadAllText(Path.Combine(Root, set, "supergraph.graphql")), set + "/supergraph.graphql");
                planner = new QueryPlanner(model);
                Planners[set] = planner;
            }

            return planner;
        }
    }

    public static NormalizedOperation Normalize(string set, string operationText, string? operationName = null)
    {
        var document = Parser.Parse(operationText);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? operations.Single() : operations.Single(o => o.Name?.StringValue == operationName);
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, f => f);
        return OperationNormalizer.Normalize(Planner(set).Model.ApiSchema, operation, fragments);
    }

    public static QueryPlan Plan(string set, string operationText, IReadOnlySet<string>? labels = null) =>
        Planner(set).Plan(Normalize(set, operationText), labels);

    /// <summary>Every operation file: (set, operation name without extension).</summary>
    public static IEnumerable<object[]> Operations()
    {
        foreach (var setDir in Directory.GetDirectories(Root).OrderBy(d => d, StringComparer.Ordinal))
        {
            var opsDir = Path.Combine(setDir, "operations");
            if (!Directory.Exists(opsDir))
            {
                continue;
            }

            foreach (var file in Directory.GetFiles(opsDir, "*.graphql").OrderBy(f => f, StringComparer.Ordinal))
            {
                yield return [Path.GetFileName(setDir), Path.GetFileNameWithoutExtension(file)];
            }
        }
    }
}
