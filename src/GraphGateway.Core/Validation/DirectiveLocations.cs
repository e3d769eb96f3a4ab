using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>Executable directive location names (GraphQL spec §3.13 "ExecutableDirectiveLocation").</summary>
internal static class DirectiveLocations
{
    public const string Query = "QUERY";
    public const string Mutation = "MUTATION";
    public const string Subscription = "SUBSCRIPTION";
    public const string Field = "FIELD";
    public const string FragmentDefinition = "FRAGMENT_DEFINITION";
    public const string FragmentSpread = "FRAGMENT_SPREAD";
    public const string InlineFragment = "INLINE_FRAGMENT";
    public const string VariableDefinition = "VARIABLE_DEFINITION";

    public static string ForOperation(OperationType type) => type switch
    {
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => Query,
    };
}
