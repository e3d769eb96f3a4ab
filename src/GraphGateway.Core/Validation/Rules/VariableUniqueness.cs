using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.8.1 "Variable Uniqueness".</summary>
internal sealed class VariableUniqueness : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        foreach (var group in (operation.Variables?.Items ?? []).GroupBy(v => v.Variable.Name.StringValue, StringComparer.Ordinal))
        {
            var nodes = group.Select(v => (ASTNode)v.Variable.Name).ToArray();
            if (nodes.Length > 1)
            {
                context.Report($"There can be only one variable named \"${group.Key}\".", nodes);
            }
        }
    }
}
