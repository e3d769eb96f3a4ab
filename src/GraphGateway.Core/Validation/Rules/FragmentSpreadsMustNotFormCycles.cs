using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.5.2.2 "Fragment Spreads Must Not Form Cycles". Each cycle is reported once, with the
/// spreads along it (graphql-js NoFragmentCyclesRule).
/// </summary>
internal sealed class FragmentSpreadsMustNotFormCycles : ValidationRule
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<GraphQLFragmentSpread> _path = [];
    private readonly Dictionary<string, int> _pathIndex = new(StringComparer.Ordinal);

    public override void LeaveDocument(ValidationContext context)
    {
        foreach (var f in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            Detect(context, f);
        }
    }

    private void Detect(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
        var name = fragment.FragmentName.Name.StringValue;
        if (!_visited.Add(name))
        {
            return;
        }

        var spreads = context.SpreadsOf(fragment);
        if (spreads.Count == 0)
        {
            return;
        }

        _pathIndex[name] = _path.Count;
        foreach (var spread in spreads)
        {
            var target = spread.FragmentName.Name.StringValue;
            _path.Add(spread);
            if (!_pathIndex.TryGetValue(target, out var cycleIndex))
            {
                if (context.Fragments.TryGetValue(target, out var next))
                {
                    Detect(context, next);
                }
            }
            else
            {
                var cycle = _path.Skip(cycleIndex).ToList();
                var via = string.Join(", ", cycle.Take(cycle.Count - 1).Select(s => "\"" + s.FragmentName.Name.StringValue + "\""));
                context.Report(
                    $"Cannot spread fragment \"{target}\" within itself" + (via.Length > 0 ? $" via {via}." : "."),
                    cycle.Cast<ASTNode>().ToArray());
            }

            _path.RemoveAt(_path.Count - 1);
        }

        _pathIndex.Remove(name);
    }
}
