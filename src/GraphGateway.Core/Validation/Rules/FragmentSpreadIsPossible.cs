using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.2.3 "Fragment Spread Is Possible": the fragment's type and the parent type share a possible type.</summary>
internal sealed class FragmentSpreadIsPossible : ValidationRule
{
    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, TypeDefinition? parentType, TypeDefinition? type)
    {
        if (fragment.TypeCondition is null || !TypeRelations.IsComposite(type) || !TypeRelations.IsComposite(parentType))
        {
            return;
        }

        if (!TypeRelations.Overlap(context.Schema, type!, parentType!))
        {
            context.Report(
                $"Fragment cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{type!.Name}\".",
                fragment);
        }
    }

    public override void EnterFragmentSpread(ValidationContext context, GraphQLFragmentSpread spread, TypeDefinition? parentType)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!context.Fragments.TryGetValue(name, out var fragment) || !TypeRelations.IsComposite(parentType))
        {
            return;
        }

        var type = context.Schema.Type(fragment.TypeCondition.Type.Name.StringValue);
        if (TypeRelations.IsComposite(type) && !TypeRelations.Overlap(context.Schema, type!, parentType!))
        {
            context.Report(
                $"Fragment \"{name}\" cannot be spread here as objects of type \"{parentType!.Name}\" can never be of type \"{type!.Name}\".",
                spread);
        }
    }
}
