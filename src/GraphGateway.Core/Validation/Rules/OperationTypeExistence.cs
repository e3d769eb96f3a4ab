using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec draft §5.2.1 "Operation Type Existence" (not in October 2021): the schema must define a root
/// type for the operation's kind. Message as graphql-js 17 words it.
/// </summary>
internal sealed class OperationTypeExistence : ValidationRule
{
    public override void EnterOperation(ValidationContext context, GraphQLOperationDefinition operation)
    {
        var kind = operation.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        };
        var root = context.Schema.RootTypeName(kind);
        if (root is null || context.Schema.Type(root) is null)
        {
            context.Report($"The {kind} operation is not supported by the schema.", operation);
        }
    }
}
