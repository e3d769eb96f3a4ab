using System.Buffers;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Reads a subgraph response body into one array rented from <see cref="ArrayPool{T}.Shared"/>, sized from
/// <c>Content-Length</c> when the subgraph sends it and grown by doubling otherwise. Buffering the body with
/// <see cref="HttpContent.ReadAsByteArrayAsync()"/> would allocate a fresh array per subgraph response (about 80 KB per
/// client request in the public benchmark), much of it on the large-object heap.
/// </summary>
internal static class ResponseBodyReader
{
    private const int DefaultInitialBytes = 16 * 1024;

    /// <summary>Reads the whole body; the caller owns the returned array and returns it to the shared pool.</summary>
    /// <exception cref="HttpRequestException">The body is larger than the largest array.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The connection failed while reading.</exception>
    public static async ValueTask<(byte[] Array, int Length)> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;

        // One byte more than declared, so the read that reports the end needs no larger array.
        var initial = declared is >= 0 and < int.MaxValue - 1 ? (int)declared.Value + 1 : DefaultInitialBytes;
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
