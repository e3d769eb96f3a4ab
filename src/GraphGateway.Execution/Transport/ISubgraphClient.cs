namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends one GraphQL request to a subgraph. Implementations never throw except <see cref="OperationCanceledException"/>
/// for the caller's token; a failure comes back as a <see cref="SubgraphResult"/> with its <see cref="SubgraphFailureKind"/>.
/// The caller owns each returned result (see <see cref="SubgraphResult"/>).
/// </summary>
public interface ISubgraphClient
{
    /// <summary>POSTs <paramref name="body"/> (a GraphQL request JSON object) to <paramref name="subgraph"/>.</summary>
    /// <param name="subgraph">The subgraph name as in the supergraph.</param>
    /// <param name="body">UTF-8 JSON: <c>{"query":..., "operationName":..., "variables":{...}}</c>.</param>
    /// <param name="context">The client request (headers that may be forwarded).</param>
    /// <param name="cancellationToken">The client request's token.</param>
    Task<SubgraphResult> SendAsync(string subgraph, ReadOnlyMemory<byte> body, OperationContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Like <see cref="SendAsync(string, ReadOnlyMemory{byte}, OperationContext, CancellationToken)"/>, telling the
    /// transport whether the subgraph operation is a query (idempotent: may be retried) or a mutation (sent again only
    /// when the attempt reached no server, <see cref="SubgraphFailureKind.NotSent"/>).
    /// The default implementation ignores <paramref name="kind"/>.
    /// </summary>
    /// <param name="subgraph">The subgraph name as in the supergraph.</param>
    /// <param name="body">UTF-8 JSON GraphQL request.</param>
    /// <param name="kind">The subgraph operation's type.</param>
    /// <param name="context">The client request.</param>
    /// <param name="cancellationToken">The client request's token.</param>
    Task<SubgraphResult> SendAsync(string subgraph, ReadOnlyMemory<byte> body, SubgraphOperationKind kind, OperationContext context, CancellationToken cancellationToken) =>
        SendAsync(subgraph, body, context, cancellationToken);
}

/// <summary>The GraphQL operation type of a subgraph request; decides whether the transport may retry it.</summary>
public enum SubgraphOperationKind
{
    /// <summary>Not known; treated like a mutation (sent again only when it reached no server).</summary>
    Unknown,

    /// <summary>A query (root query fields or <c>_entities</c>): idempotent, may be retried, hedged and used as a half-open URL's probe.</summary>
    Query,

    /// <summary>A mutation: never sent twice to a server (sent to another URL only when the first reached no server).</summary>
    Mutation,
}
