using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.7.1 "Directives Are Defined".</summary>
internal sealed class DirectivesAreDefined : ValidationRule
{
    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, string location, DirectiveDefinition? definition)
    {
        if (definition is null)
        {
            context.Report($"Unknown directive \"@{directive.Name.StringValue}\".", directive);
        }
    }
}
