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

    // The largest body an array can hold and still be told apart from a larger one.
    private static readonly long MaxBodyBytes = Array.MaxLength - 1;

    /// <summary>Reads the whole body; the caller owns the returned array and returns it to the shared pool.</summary>
    /// <exception cref="HttpRequestException">The body is larger than the largest array.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The connection failed while reading.</exception>
    public static async ValueTask<(byte[] Array, int Length)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var (array, length) = await PooledStreamReader.ReadAsync(
                stream, content.Headers.ContentLength, DefaultInitialBytes, MaxInitialBytes, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            if (length > MaxBodyBytes)
            {
                ArrayPool<byte>.Shared.Return(array);
                throw new HttpRequestException($"The subgraph response body is larger than {MaxBodyBytes:N0} bytes.");
            }

            return (array, length);
        }
    }
}
