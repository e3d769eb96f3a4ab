using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.3 "Fragments On Composite Types".</summary>
internal sealed class FragmentsOnCompositeTypes : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment, TypeDefinition? type)
    {
        if (type is not null && !TypeRelations.IsComposite(type))
        {
            context.Report(
                $"Fragment \"{fragment.FragmentName.Name.StringValue}\" cannot condition on non composite type \"{type.Name}\".",
                fragment.TypeCondition.Type);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, TypeDefinition? parentType, TypeDefinition? type)
    {
        if (fragment.TypeCondition is { } tc && type is not null && !TypeRelations.IsComposite(type))
        {
            context.Report($"Fragment cannot condition on non composite type \"{type.Name}\".", tc.Type);
        }
    }
}
