namespace GraphGateway.Core.Operations;

/// <summary>
/// The type of a GraphQL operation (GraphQL spec §2.3 "Operations", <c>OperationType</c>): the client's operation, and
/// each subgraph operation of a query plan. Decides, among others, whether a subgraph request may be retried (queries
/// only) and whether root fields run one after another (mutations, §6.2.2).
/// </summary>
public enum OperationKind
{
    /// <summary>A read-only fetch (<c>query</c>); root fields may run in parallel; subgraph requests may be retried.</summary>
    Query,

    /// <summary>A write followed by a fetch (<c>mutation</c>); root fields run serially; never retried.</summary>
    Mutation,

    /// <summary>A long-lived request that fetches data in response to events (<c>subscription</c>).</summary>
    Subscription,
}

/// <summary>Conversions of <see cref="OperationKind"/>.</summary>
public static class OperationKinds
{
    /// <summary>The keyword as written in GraphQL documents: <c>query</c>, <c>mutation</c> or <c>subscription</c>.</summary>
    public static string Keyword(this OperationKind kind) => kind switch
    {
        OperationKind.Mutation => "mutation",
        OperationKind.Subscription => "subscription",
        _ => "query",
    };

    /// <summary>The kind of a parsed operation definition.</summary>
    public static OperationKind From(GraphQLParser.AST.OperationType type) => type switch
    {
        GraphQLParser.AST.OperationType.Mutation => OperationKind.Mutation,
        GraphQLParser.AST.OperationType.Subscription => OperationKind.Subscription,
        _ => OperationKind.Query,
    };
}
