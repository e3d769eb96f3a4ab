using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.4.2.1 "Required Arguments": non-null arguments without a default are given.</summary>
internal sealed class RequiredArguments : ValidationRule
{
    public override void EnterArguments(ValidationContext context, ASTNode owner, GraphQLArguments? arguments, ArgumentOwner target)
    {
        if (target.Definitions is null)
        {
            return;
        }

        foreach (var def in target.Definitions.Values)
        {
            if (!def.Type.IsNonNull || def.DefaultValue is not null)
            {
                continue;
            }

            if (arguments?.Items.Exists(a => a.Name.StringValue == def.Name) == true)
            {
                continue;
            }

            var message = target.IsDirective
                ? $"Directive \"@{target.Name}\" argument \"{def.Name}\" of type \"{def.Type}\" is required, but it was not provided."
                : $"Field \"{target.Name}\" argument \"{def.Name}\" of type \"{def.Type}\" is required, but it was not provided.";
            context.Report(message, owner);
        }
    }
}
