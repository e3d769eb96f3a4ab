namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>Reads key values out of an <c>_entities</c> representation (Apollo Federation v2, <c>_Any</c>).</summary>
internal static class EntityKeys
{
    /// <summary>
    /// The value of <paramref name="key"/> in <paramref name="representation"/> as a string (IDs may arrive as
    /// numbers), or <see langword="null"/> when absent, so an unknown key resolves to a <c>null</c> entity.
    /// </summary>
    public static string? Get(IDictionary<string, object?> representation, string key)
        => representation.TryGetValue(key, out var value) ? value?.ToString() : null;
}
