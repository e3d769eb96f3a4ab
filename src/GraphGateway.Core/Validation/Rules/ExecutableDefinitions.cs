using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.1.1 "Executable Definitions": a request document holds only operations and fragments.</summary>
internal sealed class ExecutableDefinitions : ValidationRule
{
    public override void EnterDocument(ValidationContext context)
    {
        foreach (var d in context.Document.Definitions)
        {
            if (d is GraphQLExecutableDefinition)
            {
                continue;
            }

            var name = d switch
            {
                GraphQLSchemaDefinition or GraphQLSchemaExtension => "schema",
                INamedNode { Name: { } n } => "\"" + n.StringValue + "\"",
                _ => "\"" + d.Kind + "\"",
            };
            context.Report($"The {name} definition is not executable.", d);
        }
    }
}
