using System.Collections.Concurrent;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// Serialized responses by exact request body. The subgraph data never changes and no resolver reads headers,
/// so equal bodies always get equal answers; caching them keeps the subgraphs far cheaper than any gateway in
/// front of them (the load benchmark measures the gateway). Headers such as <c>authorization</c> are not part
/// of the key, so the unique-authorization mode hits too. Bounded: at most <see cref="Capacity"/> entries,
/// bodies up to <see cref="MaxBodyChars"/> characters; beyond that responses are computed every time.
/// </summary>
internal sealed class ResponseCache
{
    /// <summary>At most this many responses are kept.</summary>
    public const int Capacity = 4096;

    /// <summary>Longer request bodies are not cached.</summary>
    public const int MaxBodyChars = 256 * 1024;

    private readonly ConcurrentDictionary<string, byte[]> responses = new(StringComparer.Ordinal);

    /// <summary>The cached UTF-8 JSON response to <paramref name="body"/>, if any.</summary>
    public bool TryGet(string body, out byte[] response) => responses.TryGetValue(body, out response!);

    /// <summary>Keeps <paramref name="response"/> for <paramref name="body"/> while there is room.</summary>
    public void Add(string body, byte[] response)
    {
        if (body.Length <= MaxBodyChars && responses.Count < Capacity)
        {
            responses.TryAdd(body, response);
        }
    }
}
