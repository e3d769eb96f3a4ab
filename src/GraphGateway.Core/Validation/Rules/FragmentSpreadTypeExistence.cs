using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.2 "Fragment Spread Type Existence": type conditions name types of the schema.</summary>
internal sealed class FragmentSpreadTypeExistence : ValidationRule
{
    public override void EnterFragmentDefinition(ValidationContext context, GraphQLFragmentDefinition fragment, TypeDefinition? type)
    {
        if (type is null)
        {
            Report(context, fragment.TypeCondition.Type);
        }
    }

    public override void EnterInlineFragment(ValidationContext context, GraphQLInlineFragment fragment, TypeDefinition? parentType, TypeDefinition? type)
    {
        if (fragment.TypeCondition is { } tc && context.Schema.Type(tc.Type.Name.StringValue) is null)
        {
            Report(context, tc.Type);
        }
    }

    /// <summary>Reports <c>Unknown type "X".</c> with suggestions (graphql-js KnownTypeNamesRule).</summary>
    internal static void Report(ValidationContext context, GraphQLNamedType node)
    {
        var name = node.Name.StringValue;
        var hint = Suggestions.DidYouMean(Suggestions.List(name, context.Schema.Types.Keys));
        context.Report($"Unknown type \"{name}\".{hint}", node);
    }
}
