namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends one GraphQL request to a subgraph (docs/architecture.md "Subgraph clients"). The gateway resolves one client per
/// subgraph: the HTTP transport (<see cref="HttpSubgraphClient"/>), wrapped by the decorators a host registered for that
/// subgraph or for all (caching, deduplication, header rules, telemetry). Implementations never throw except
/// <see cref="OperationCanceledException"/> for the caller's token: failures are <see cref="SubgraphResult"/>s with a
/// <see cref="SubgraphFailureKind"/>. The caller owns each returned result (see <see cref="SubgraphResult"/>).
/// </summary>
public interface ISubgraphClient
{
    /// <summary>Sends <paramref name="request"/> and returns the subgraph's answer or why none arrived.</summary>
    /// <param name="request">The subgraph, the body and what it was built from.</param>
    /// <param name="cancellationToken">The client request's token (client gone, request deadline).</param>
    ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken);
}
