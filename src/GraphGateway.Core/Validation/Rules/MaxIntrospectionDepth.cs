using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// Not a spec rule: graphql-js's recommended <c>MaxIntrospectionDepthRule</c>, part of its specified rules.
/// Inside <c>__schema</c>/<c>__type</c>, nesting the list fields <c>fields</c>, <c>interfaces</c>,
/// <c>possibleTypes</c> and <c>inputFields</c> three deep is refused, because such answers grow
/// exponentially with the depth (<c>Maximum introspection depth exceeded</c>). The standard introspection
/// query nests them at most two deep.
/// </summary>
internal sealed class MaxIntrospectionDepth : ValidationRule
{
    private const int MaxListsDepth = 3;
    private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

    public override void EnterField(ValidationContext context, GraphQLField field, TypeDefinition? parentType, FieldDefinition? definition)
    {
        if (field.Name.StringValue is "__schema" or "__type"
            && Exceeds(context, field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
        {
            context.Report("Maximum introspection depth exceeded", field);
        }
    }

    private bool Exceeds(ValidationContext context, ASTNode node, Dictionary<string, int> visited, int depth)
    {
        if (node is GraphQLFragmentSpread spread)
        {
            var name = spread.FragmentName.Name.StringValue;
            if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
            {
                return true;
            }

            if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)
                || !context.Fragments.TryGetValue(name, out var fragment))
            {
                return false;
            }

            visited[name] = depth;
            if (Exceeds(context, fragment, visited, depth))
            {
                _exceeded[name] = depth;
                return true;
            }

            _checked[name] = depth;
            return false;
        }

        if (node is GraphQLField f && f.Name.StringValue is "fields" or "interfaces" or "possibleTypes" or "inputFields"
            && ++depth >= MaxListsDepth)
        {
            return true;
        }

        var set = node switch
        {
            GraphQLField field => field.SelectionSet,
            GraphQLInlineFragment inline => inline.SelectionSet,
            GraphQLFragmentDefinition definition => definition.SelectionSet,
            _ => null,
        };
        foreach (var child in set?.Selections ?? [])
        {
            if (Exceeds(context, child, visited, depth))
            {
                return true;
            }
        }

        return false;
    }
}
