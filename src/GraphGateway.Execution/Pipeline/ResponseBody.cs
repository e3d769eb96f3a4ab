using System.Buffers;

namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// A written response body (UTF-8 JSON of a GraphQL response), in an array rented from <see cref="ArrayPool{T}.Shared"/>
/// (the write stage) or in memory the creator owns (<see cref="FromBytes"/>).
/// It has one owner, the <see cref="GatewayRequestContext"/> that wrote it; <see cref="Dispose"/> returns the array once, after which <see cref="Memory"/> must not be read.
/// </summary>
public sealed class ResponseBody : IDisposable
{
    private byte[]? _array;
    private readonly int _length;
    private readonly bool _pooled;
    private ReadOnlyMemory<byte> _memory;

    /// <summary>Wraps the first <paramref name="length"/> bytes of <paramref name="pooled"/>, rented from the shared pool.</summary>
    internal ResponseBody(byte[] pooled, int length)
    {
        _array = pooled;
        _length = length;
        _pooled = true;
        _memory = pooled.AsMemory(0, length);
    }

    private ResponseBody(ReadOnlyMemory<byte> bytes)
    {
        _length = bytes.Length;
        _memory = bytes;
    }

    /// <summary>A body over <paramref name="json"/> (not pooled; the caller must not change it while the response is sent).</summary>
    public static ResponseBody FromBytes(ReadOnlyMemory<byte> json) => new(json);

    /// <summary>The body bytes; empty after <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Memory => _memory;

    /// <summary>The body length in bytes.</summary>
    public int Length => _length;

    /// <summary>Returns the array to the pool (once; later calls do nothing).</summary>
    public void Dispose()
    {
        _memory = ReadOnlyMemory<byte>.Empty;
        if (_pooled && Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
