using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.5.1.4 "Fragments Must Be Used": every fragment is reachable from some operation.</summary>
internal sealed class FragmentsMustBeUsed : ValidationRule
{
    public override void LeaveDocument(ValidationContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            foreach (var f in context.RecursivelyReferencedFragments(op))
            {
                used.Add(f.FragmentName.Name.StringValue);
            }
        }

        foreach (var f in context.Document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            var name = f.FragmentName.Name.StringValue;
            if (!used.Contains(name))
            {
                context.Report($"Fragment \"{name}\" is never used.", f);
            }
        }
    }
}
