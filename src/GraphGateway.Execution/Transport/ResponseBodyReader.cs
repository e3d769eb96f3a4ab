using System.Buffers;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Reads a subgraph response body into one array rented from <see cref="ArrayPool{T}.Shared"/>, sized from
/// <c>Content-Length</c> when the subgraph sends it (up to <see cref="MaxInitialBytes"/>) and grown by doubling otherwise.
/// Buffering the body with <see cref="HttpContent.ReadAsByteArrayAsync()"/> would allocate a fresh array per subgraph
/// response (about 80 KB per client request in the public benchmark), much of it on the large-object heap.
/// </summary>
internal static class ResponseBodyReader
{
    private const int DefaultInitialBytes = 16 * 1024;

    /// <summary>
    /// The most bytes rented before any arrive. <c>Content-Length</c> is a claim, not bytes: trusting it alone, a subgraph
    /// that declares 500 MB and sends 20 bytes (or closes the connection) made the gateway rent 512 MB per request, which
    /// the shared pool then keeps. Larger bodies grow by doubling as their bytes actually arrive.
    /// </summary>
    internal const int MaxInitialBytes = 1024 * 1024;

    /// <summary>The largest limit that can be set: the largest body an array can hold and still be told apart from a larger one.</summary>
    public static readonly long MaxLimitBytes = Array.MaxLength - 1;

    /// <summary>Reads the whole body; the caller owns the returned array and returns it to the shared pool.</summary>
    /// <param name="content">The response content.</param>
    /// <param name="maxBytes">Most bytes accepted (<see cref="SubgraphEndpoint.MaxResponseBytes"/>); a larger declared or sent body is refused.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="SubgraphResponseTooLargeException">The body declares or sends more than <paramref name="maxBytes"/> bytes.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The connection failed while reading.</exception>
    public static async ValueTask<(byte[] Array, int Length)> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        maxBytes = Math.Clamp(maxBytes, 0, MaxLimitBytes);
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw new SubgraphResponseTooLargeException(maxBytes);
        }

        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var (array, length) = await PooledStreamReader.ReadAsync(
                stream, declared, DefaultInitialBytes, MaxInitialBytes, maxBytes, cancellationToken).ConfigureAwait(false);
            if (length > maxBytes)
            {
                ArrayPool<byte>.Shared.Return(array);
                throw new SubgraphResponseTooLargeException(maxBytes);
            }

            return (array, length);
        }
    }
}

/// <summary>
/// A subgraph response body larger than the subgraph's <see cref="SubgraphEndpoint.MaxResponseBytes"/>. Not a transport
/// failure: the attempt is not retried (the same request would get the same body) and does not count against the
/// circuit; the fetch fails with <c>SUBGRAPH_REQUEST_FAILED</c> and this message.
/// </summary>
internal sealed class SubgraphResponseTooLargeException(long maxBytes)
    : Exception($"the response body is larger than the {maxBytes:N0}-byte limit (MaxResponseBytes)");
