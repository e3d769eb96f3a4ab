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

    /// <summary>Reads the whole body; the caller owns the returned array and returns it to the shared pool.</summary>
    /// <exception cref="HttpRequestException">The body is larger than the largest array.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The connection failed while reading.</exception>
    public static async ValueTask<(byte[] Array, int Length)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;

        // One byte more than declared, so the read that reports the end needs no larger array; never more than MaxInitialBytes.
        var initial = declared is >= 0 and < MaxInitialBytes ? (int)declared.Value + 1 : declared is null ? DefaultInitialBytes : MaxInitialBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                while (true)
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length >= Array.MaxLength)
                        {
                            throw new HttpRequestException($"The subgraph response body is larger than {Array.MaxLength:N0} bytes.");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                    if (read == 0)
                    {
                        return (buffer, length);
                    }

                    length += read;
                }
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
