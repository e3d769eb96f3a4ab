using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.1 "Fragment Spread Target Defined".</summary>
internal sealed class FragmentSpreadTargetDefined : ValidationRule
{
    public override void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, TypeDefinition? parentType)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!context.Fragments.ContainsKey(name))
        {
            context.Report($"Unknown fragment \"{name}\".", spread.FragmentName.Name);
        }
    }
}
