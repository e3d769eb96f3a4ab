using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Introspection;

/// <summary>
/// CollectFields (GraphQL spec §6.3.2) for introspection objects: groups the fields of selection sets by
/// response name in order, following fragment spreads and inline fragments whose type condition is the
/// object's type, and honouring <c>@skip</c>/<c>@include</c> with literal or variable arguments.
/// </summary>
internal static class SelectionCollector
{
    public static List<(string ResponseName, List<GraphQLField> Fields)> Collect(
        IEnumerable<GraphQLSelectionSet> sets, string objectType, ValidatedOperation operation)
    {
        var result = new List<(string, List<GraphQLField>)>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            Collect(set, objectType, operation, result, index, visited);
        }

        return result;
    }

    private static void Collect(GraphQLSelectionSet set, string objectType, ValidatedOperation operation,
        List<(string, List<GraphQLField>)> result, Dictionary<string, int> index, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is IHasDirectivesNode d && !Included(d.Directives, operation))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField f:
                    var name = (f.Alias?.Name ?? f.Name).StringValue;
                    if (index.TryGetValue(name, out var i))
                    {
                        result[i].Item2.Add(f);
                    }
                    else
                    {
                        index[name] = result.Count;
                        result.Add((name, [f]));
                    }

                    break;
                case GraphQLInlineFragment inline:
                    if (inline.TypeCondition is null || inline.TypeCondition.Type.Name.StringValue == objectType)
                    {
                        Collect(inline.SelectionSet, objectType, operation, result, index, visited);
                    }

                    break;
                case GraphQLFragmentSpread spread:
                    var fragmentName = spread.FragmentName.Name.StringValue;
                    if (visited.Add(fragmentName) && operation.Fragments.TryGetValue(fragmentName, out var fragment)
                        && fragment.TypeCondition.Type.Name.StringValue == objectType)
                    {
                        Collect(fragment.SelectionSet, objectType, operation, result, index, visited);
                    }

                    break;
            }
        }
    }

    /// <summary>False when <c>@skip(if: true)</c> or <c>@include(if: false)</c> applies.</summary>
    public static bool Included(GraphQLDirectives? directives, ValidatedOperation operation)
    {
        foreach (var d in directives?.Items ?? [])
        {
            var name = d.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = d.Arguments?.Items.Find(a => a.Name.StringValue == "if")?.Value;
            var condition = BooleanValue(value, operation) ?? false;
            if ((name == "skip" && condition) || (name == "include" && !condition))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The boolean value of a literal or variable, or null.</summary>
    public static bool? BooleanValue(GraphQLValue? value, ValidatedOperation operation) => value switch
    {
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLVariable v when operation.Variables.TryGetValue(v.Name.StringValue, out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False
            => e.GetBoolean(),
        _ => null,
    };

    /// <summary>The string value of a literal or variable, or null.</summary>
    public static string? StringValue(GraphQLValue? value, ValidatedOperation operation) => value switch
    {
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLVariable v when operation.Variables.TryGetValue(v.Name.StringValue, out var e) && e.ValueKind == JsonValueKind.String
            => e.GetString(),
        _ => null,
    };
}
