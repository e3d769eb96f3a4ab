using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.2.3.1 "Single Root Field": a subscription selects exactly one root field (after
/// fragments are expanded; <c>@skip</c>/<c>@include</c> are not allowed to change that), and not an
/// introspection field (draft).
/// </summary>
internal sealed class SingleRootField : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (operation.Operation != OperationType.Subscription)
        {
            return;
        }

        var root = context.Schema.SubscriptionType;
        if (root is null)
        {
            return;
        }

        var fields = new List<GraphQLField>();
        Collect(context, root, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var responseNames = fields.GroupBy(f => (f.Alias?.Name ?? f.Name).StringValue, StringComparer.Ordinal).ToList();
        var subject = operation.Name is { } n ? $"Subscription \"{n.StringValue}\"" : "Anonymous Subscription";
        if (responseNames.Count > 1)
        {
            var extra = responseNames.Skip(1).SelectMany(g => g).Cast<ASTNode>().ToArray();
            context.Report($"{subject} must select only one top level field.", extra);
        }

        foreach (var g in responseNames)
        {
            var name = g.First().Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                context.Report($"{subject} must not select an introspection top level field.", g.Cast<ASTNode>().ToArray());
            }
        }
    }

    private static void Collect(ValidationContext context, TypeDefinition root, GraphQLSelectionSet set, List<GraphQLField> fields, HashSet<string> visited)
    {
        foreach (var s in set.Selections)
        {
            switch (s)
            {
                case GraphQLField f:
                    fields.Add(f);
                    break;
                case GraphQLInlineFragment i:
                    Collect(context, root, i.SelectionSet, fields, visited);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (visited.Add(name) && context.Fragments.TryGetValue(name, out var fragment))
                    {
                        Collect(context, root, fragment.SelectionSet, fields, visited);
                    }

                    break;
            }
        }
    }
}
