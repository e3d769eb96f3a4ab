using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.8.4 "All Variables Used": every variable an operation defines is used by it or a fragment it reaches.</summary>
internal sealed class AllVariablesUsed : ValidationRule
{
    public override void LeaveDocument(ValidationContext context)
    {
        foreach (var op in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var used = context.RecursiveUsages(op).Select(u => u.Node.Name.StringValue).ToHashSet(StringComparer.Ordinal);
            foreach (var v in op.Variables?.Items ?? [])
            {
                var name = v.Variable.Name.StringValue;
                if (!used.Contains(name))
                {
                    var message = op.Name is { } n
                        ? $"Variable \"${name}\" is never used in operation \"{n.StringValue}\"."
                        : $"Variable \"${name}\" is never used.";
                    context.Report(message, v);
                }
            }
        }
    }
}
