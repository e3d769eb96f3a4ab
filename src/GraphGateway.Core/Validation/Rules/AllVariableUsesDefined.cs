using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.8.3 "All Variable Uses Defined": every variable used (also in reached fragments) is defined by the operation.</summary>
internal sealed class AllVariableUsesDefined : ValidationRule
{
    public override void LeaveDocument(ValidationContext context)
    {
        foreach (var op in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var defined = (op.Variables?.Items ?? []).Select(v => v.Variable.Name.StringValue).ToHashSet(StringComparer.Ordinal);
            foreach (var usage in context.RecursiveUsages(op))
            {
                var name = usage.Node.Name.StringValue;
                if (!defined.Contains(name))
                {
                    var message = op.Name is { } n
                        ? $"Variable \"${name}\" is not defined by operation \"{n.StringValue}\"."
                        : $"Variable \"${name}\" is not defined.";
                    context.Report(message, usage.Node, op);
                }
            }
        }
    }
}
