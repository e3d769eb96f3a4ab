using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.4.2 "Argument Uniqueness".</summary>
internal sealed class ArgumentUniqueness : ValidationRule
{
    public override void EnterArguments(ValidationContext context, ASTNode owner, GraphQLArguments? arguments, ArgumentOwner target)
    {
        if (arguments is null)
        {
            return;
        }

        foreach (var group in arguments.Items.GroupBy(a => a.Name.StringValue, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (ASTNode)a.Name).ToArray();
            if (nodes.Length > 1)
            {
                context.Report($"There can be only one argument named \"{group.Key}\".", nodes);
            }
        }
    }
}
