using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.1 "Fragment Name Uniqueness".</summary>
internal sealed class FragmentNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, GraphQLName> _seen = new(StringComparer.Ordinal);

    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment, TypeDefinition? type)
    {
        var name = fragment.FragmentName.Name;
        if (_seen.TryGetValue(name.StringValue, out var first))
        {
            context.Report($"There can be only one fragment named \"{name.StringValue}\".", first, name);
        }
        else
        {
            _seen[name.StringValue] = name;
        }
    }
}
