namespace GraphGateway.Execution.Transport;

/// <summary>
/// Why a subgraph request got no usable HTTP response (<see cref="SubgraphResult.Failure"/>). The kind decides what the
/// transport may do next: only <see cref="NotSent"/> proves the request reached no server, so only it may be sent to
/// another URL for every operation, mutations included (docs/runtime.md, "Subgraph resilience").
/// </summary>
public enum SubgraphFailureKind
{
    /// <summary>An HTTP response arrived (any status code); <see cref="SubgraphResult.Body"/> holds it.</summary>
    None,

    /// <summary>The subgraph has no URL configured; nothing was sent.</summary>
    NotConfigured,

    /// <summary>
    /// The request reached no server: the connection was refused, the host name did not resolve, or the TLS handshake
    /// failed, all before any byte of the request was sent. Safe to send to another URL, even for a mutation.
    /// </summary>
    NotSent,

    /// <summary>
    /// The connection failed after the request may have been sent (reset, closed before or during the response, an
    /// unreadable response). The server may have executed it: only queries are sent again.
    /// </summary>
    TransportError,

    /// <summary>No response within the attempt timeout or the overall timeout; the request had been sent.</summary>
    Timeout,

    /// <summary>Every URL of the subgraph is out of the rotation (ejected after failures or failing its health checks); failed fast, nothing was sent.</summary>
    Unavailable,

    /// <summary>The response body was larger than the subgraph's <see cref="SubgraphEndpoint.MaxResponseBytes"/>.</summary>
    ResponseTooLarge,
}
