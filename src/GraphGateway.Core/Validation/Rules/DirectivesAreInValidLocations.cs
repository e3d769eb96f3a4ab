using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.7.2 "Directives Are In Valid Locations".</summary>
internal sealed class DirectivesAreInValidLocations : ValidationRule
{
    public override void EnterDirective(ValidationContext context, GraphQLDirective directive, string location, DirectiveDefinition? definition)
    {
        if (definition is not null && !definition.Locations.Contains(location))
        {
            context.Report($"Directive \"@{directive.Name.StringValue}\" may not be used on {location}.", directive);
        }
    }
}
