using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.2.1.1 "Operation Name Uniqueness".</summary>
internal sealed class OperationNameUniqueness : ValidationRule
{
    private readonly Dictionary<string, GraphQLName> _seen = new(StringComparer.Ordinal);

    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (operation.Name is not { } name)
        {
            return;
        }

        if (_seen.TryGetValue(name.StringValue, out var first))
        {
            context.Report($"There can be only one operation named \"{name.StringValue}\".", first, name);
        }
        else
        {
            _seen[name.StringValue] = name;
        }
    }
}
