using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.4.1 "Argument Names": every argument is defined on its field or directive.</summary>
internal sealed class ArgumentNames : ValidationRule
{
    public override void EnterArguments(ValidationContext context, ASTNode owner, GraphQLArguments? arguments, ArgumentOwner target)
    {
        if (arguments is null || target.Definitions is null)
        {
            return;
        }

        foreach (var a in arguments.Items)
        {
            var name = a.Name.StringValue;
            if (target.Definitions.ContainsKey(name))
            {
                continue;
            }

            var hint = Suggestions.DidYouMean(Suggestions.List(name, target.Definitions.Keys));
            var on = target.IsDirective ? $"directive \"@{target.Name}\"" : $"field \"{target.ParentTypeName}.{target.Name}\"";
            context.Report($"Unknown argument \"{name}\" on {on}.{hint}", a);
        }
    }
}
