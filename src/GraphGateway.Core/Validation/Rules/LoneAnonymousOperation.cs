using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.2.2.1 "Lone Anonymous Operation".</summary>
internal sealed class LoneAnonymousOperation : ValidationRule
{
    private int _operations;

    public override void EnterDocument(ValidationContext context) =>
        _operations = context.Document.Definitions.Count(d => d is GraphQLOperationDefinition);

    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        if (operation.Name is null && _operations > 1)
        {
            context.Report("This anonymous operation must be the only defined operation.", operation);
        }
    }
}
