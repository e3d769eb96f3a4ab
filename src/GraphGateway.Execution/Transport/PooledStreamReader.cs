using System.Buffers;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Reads a whole stream into one array rented from <see cref="ArrayPool{T}.Shared"/>: sized from the declared length
/// when there is one (one byte more, so the end is seen without growing) but never above a cap, else from a default,
/// and grown by doubling as bytes arrive.
/// Used for subgraph response bodies and client request bodies, which are kept only while one request is handled.
/// </summary>
public static class PooledStreamReader
{
    /// <summary>
    /// Reads <paramref name="stream"/> to its end, or until more than <paramref name="maxBytes"/> bytes arrived (the
    /// returned length then exceeds it, so the caller can refuse the body). The caller owns the array and returns it to
    /// the shared pool.
    /// </summary>
    /// <param name="stream">The body.</param>
    /// <param name="declaredLength">Content-Length, when sent; a wrong value only costs a growing buffer.</param>
    /// <param name="defaultBytes">First buffer size when no usable length is declared.</param>
    /// <param name="maxInitialBytes">
    /// Most bytes rented before any arrive, whatever <paramref name="declaredLength"/> says. A declared length is a claim,
    /// not bytes: sized by it alone, a peer declaring a body just under the limit (or 500 MB, for a subgraph) and then
    /// sending a few bytes, trickling or closing made the gateway rent and hold that much per request, and the shared
    /// pool then kept the array.
    /// </param>
    /// <param name="maxBytes">Most bytes wanted (at most <see cref="Array.MaxLength"/> − 1, the largest that can be told apart from more).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream failed while reading.</exception>
    public static async ValueTask<(byte[] Array, int Length)> ReadAsync(
        Stream stream, long? declaredLength, int defaultBytes, int maxInitialBytes, long maxBytes, CancellationToken cancellationToken)
    {
        maxBytes = Math.Min(maxBytes, Array.MaxLength - 1);
        var initial = declaredLength is >= 0 && declaredLength < maxBytes ? (int)Math.Min(declaredLength.Value + 1, maxInitialBytes) : defaultBytes;
        var buffer = ArrayPool<byte>.Shared.Rent(initial);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
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
                if (length > maxBytes)
                {
                    return (buffer, length);
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
