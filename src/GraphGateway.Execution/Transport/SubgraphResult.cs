using System.Buffers;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// The outcome of one subgraph request: an HTTP response (<see cref="Body"/>, <see cref="StatusCode"/>) or a failure
/// (<see cref="Failure"/>, <see cref="FailureMessage"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>One owner.</b> The body may live in an array rented from <see cref="ArrayPool{T}.Shared"/>
/// (<see cref="HttpSubgraphClient"/> reads bodies that way). The caller of <see cref="ISubgraphClient.SendAsync"/>
/// owns the result and calls <see cref="ReleaseBody"/> once nothing reads <see cref="Body"/> any more; it must not hand
/// the result to another owner that releases it too. The type cannot be copied (a class, not a record): a copy that
/// shared the rented array once returned it to the pool twice, and the pool then gave one array to two requests.
/// Not calling <see cref="ReleaseBody"/> is safe (the array is then left to the GC).
/// </para>
/// <para>Ownership rules for pooled buffers: docs/runtime.md, "Memory: what the executor reuses".</para>
/// </remarks>
public sealed class SubgraphResult
{
    private byte[]? _rented;

    private SubgraphResult(ReadOnlyMemory<byte>? body, int statusCode, SubgraphFailureKind failure, string? message, byte[]? rented)
    {
        Body = body;
        StatusCode = statusCode;
        Failure = failure;
        FailureMessage = message;
        _rented = rented;
    }

    /// <summary>The response body, or null when no response arrived (<see cref="Failure"/> is then not <see cref="SubgraphFailureKind.None"/>).</summary>
    public ReadOnlyMemory<byte>? Body { get; }

    /// <summary>The HTTP status code, or 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary><see cref="SubgraphFailureKind.None"/> when a response arrived; otherwise why none did.</summary>
    public SubgraphFailureKind Failure { get; }

    /// <summary>What went wrong in words (e.g. <c>Connection refused (127.0.0.1:4001) (after 3 attempts)</c>), or null when a response arrived.</summary>
    public string? FailureMessage { get; }

    /// <summary>A response whose body the caller keeps alive (not pooled).</summary>
    /// <param name="body">The response body.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    public static SubgraphResult Answered(ReadOnlyMemory<byte> body, int statusCode) => new(body, statusCode, SubgraphFailureKind.None, null, null);

    /// <summary>A request that got no usable response.</summary>
    /// <param name="kind">Why; not <see cref="SubgraphFailureKind.None"/>.</param>
    /// <param name="message">What went wrong, for the client's error message.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is <see cref="SubgraphFailureKind.None"/>.</exception>
    public static SubgraphResult Failed(SubgraphFailureKind kind, string message)
    {
        if (kind == SubgraphFailureKind.None)
        {
            throw new ArgumentException("A failed result needs a failure kind other than None.", nameof(kind));
        }

        return new(null, 0, kind, message, null);
    }

    /// <summary>A response whose body is the first <paramref name="length"/> bytes of <paramref name="rented"/>, rented from the shared pool; the result owns the array.</summary>
    internal static SubgraphResult FromPool(byte[] rented, int length, int statusCode) =>
        new(rented.AsMemory(0, length), statusCode, SubgraphFailureKind.None, null, rented);

    /// <summary>Returns a pooled body's array to the pool (once; later calls do nothing). <see cref="Body"/> must not be read afterwards.</summary>
    public void ReleaseBody()
    {
        if (Interlocked.Exchange(ref _rented, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
