namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends one GraphQL request to a subgraph (docs/architecture.md "Subgraph clients"). The gateway resolves one client per
/// subgraph: the HTTP transport (<see cref="HttpSubgraphClient"/>), wrapped by the decorators a host registered for that
/// subgraph or for all (caching, deduplication, header rules, telemetry). Implementations never throw except
/// <see cref="OperationCanceledException"/> for the caller's token: failures are <see cref="SubgraphResult"/>s.
/// </summary>
public interface ISubgraphClient
{
    /// <summary>Sends <paramref name="request"/> and returns the subgraph's answer or why none arrived.</summary>
    /// <param name="request">The subgraph, the body and what it was built from.</param>
    /// <param name="cancellationToken">The client request's token (client gone, request deadline).</param>
    ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The outcome of a subgraph request. The body may live in an array rented from
/// <see cref="System.Buffers.ArrayPool{T}.Shared"/> (<see cref="HttpSubgraphClient"/> reads bodies that way); the
/// consumer calls <see cref="ReleaseBody"/> once nothing reads <see cref="Body"/> any more. Not calling it is safe (the
/// array is then left to the GC).
/// </summary>
/// <param name="Body">The response body, or null when no response arrived.</param>
/// <param name="StatusCode">The HTTP status, or 0 when no response arrived.</param>
/// <param name="Failure">Why no usable response arrived (timeout, connection error, open circuit), or null.</param>
public sealed record SubgraphResult(ReadOnlyMemory<byte>? Body, int StatusCode, string? Failure)
{
    private byte[]? _rented;

    /// <summary>
    /// Copies (<c>result with { ... }</c>) without taking ownership of a pooled body: the synthesized copy constructor
    /// copied the rented array too, so releasing the original and its copy returned one array to the pool twice, and
    /// the pool then handed that array to two later requests at once (one user's bytes under another's answer).
    /// A copy's <see cref="Body"/> is valid only while the original's is.
    /// </summary>
    private SubgraphResult(SubgraphResult original)
    {
        Body = original.Body;
        StatusCode = original.StatusCode;
        Failure = original.Failure;
    }

    /// <summary>A result whose body is the first <paramref name="length"/> bytes of <paramref name="rented"/>, rented from the shared pool.</summary>
    internal static SubgraphResult FromPool(byte[] rented, int length, int statusCode) =>
        new(rented.AsMemory(0, length), statusCode, null) { _rented = rented };

    /// <summary>Returns a pooled body's array to the pool (once; later calls do nothing). <see cref="Body"/> must not be read afterwards.</summary>
    public void ReleaseBody()
    {
        if (Interlocked.Exchange(ref _rented, null) is { } array)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
        }
    }
}
