using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.7.3 "Directives Are Unique Per Location" (repeatable directives excepted).</summary>
internal sealed class DirectivesAreUniquePerLocation : ValidationRule
{
    public override void EnterDirectives(ValidationContext context, GraphQLDirectives directives, string location)
    {
        var seen = new Dictionary<string, GraphQLDirective>(StringComparer.Ordinal);
        foreach (var d in directives.Items)
        {
            var name = d.Name.StringValue;
            if (context.Schema.DirectiveDefinitions.TryGetValue(name, out var def) && def.IsRepeatable)
            {
                continue;
            }

            if (def is null)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.Report($"The directive \"@{name}\" can only be used once at this location.", first, d);
            }
            else
            {
                seen[name] = d;
            }
        }
    }
}
