using System.Collections.Concurrent;
using System.Text.Json;

namespace GraphGateway.Execution.Results;

/// <summary>
/// One shared string per distinct short JSON name (response keys, <c>__typename</c> values) read from subgraph responses:
/// the same few dozen names repeat in every response, and reading each as a new string was a large share of the
/// allocations of a request. Bounded: at most <see cref="MaxNames"/> names of at most <see cref="MaxNameLength"/> bytes
/// are kept; anything else is read as a fresh string, exactly as <see cref="Utf8JsonReader.GetString"/> would.
/// </summary>
internal static class JsonNameCache
{
    /// <summary>Most names kept.</summary>
    public const int MaxNames = 4096;

    /// <summary>Longest name kept, in UTF-8 bytes as sent.</summary>
    public const int MaxNameLength = 128;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    /// <summary>The string value of the reader's current property name or string token (same result as <c>GetString()</c>).</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxNameLength)
        {
            return reader.GetString()!;
        }

        Span<char> buffer = stackalloc char[MaxNameLength];
        var chars = buffer[..reader.CopyString(buffer)];
        if (Lookup.TryGetValue(chars, out var name))
        {
            return name;
        }

        name = chars.ToString();
        if (Volatile.Read(ref _count) < MaxNames && Names.TryAdd(name, name))
        {
            Interlocked.Increment(ref _count);
        }

        return name;
    }
}
