namespace GraphGateway.Execution.Executor;

/// <summary>
/// Compares serialized representations byte for byte, so identical representations are deduplicated without decoding
/// each one into a string first (the representation writer is deterministic: same fields, same order, same bytes).
/// </summary>
internal sealed class RepresentationComparer : IEqualityComparer<byte[]>
{
    /// <summary>The shared instance.</summary>
    public static readonly RepresentationComparer Instance = new();

    /// <inheritdoc />
    public bool Equals(byte[]? x, byte[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

    /// <inheritdoc />
    public int GetHashCode(byte[] obj)
    {
        var hash = new HashCode();
        hash.AddBytes(obj);
        return hash.ToHashCode();
    }
}
