using System.Collections.Concurrent;

namespace GraphGateway.Planning.Caching;

/// <summary>
/// A bounded cache of planned operations of one supergraph, keyed by <see cref="PlanCacheKey"/> (document hash, operation
/// name and the plan-changing inputs contributed per request). Single-flight: concurrent requests for one key share one
/// planning. When full, the oldest entries are evicted first. A hit allocates nothing. Thread-safe.
/// </summary>
public sealed class QueryPlanCache
{
    private readonly ConcurrentDictionary<PlanCacheKey, Lazy<PlanningResult>> _entries = new();
    private readonly ConcurrentQueue<PlanCacheKey> _order = new();
    private readonly int _capacity;

    /// <summary>Creates a cache of at most <paramref name="capacity"/> entries (at least 1).</summary>
    public QueryPlanCache(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>The number of cached entries (plans and planning failures).</summary>
    public int Count => _entries.Count;

    /// <summary>True when <paramref name="key"/> is cached (planned, or being planned).</summary>
    public bool Contains(PlanCacheKey key) => _entries.ContainsKey(key);

    /// <summary>
    /// Returns the cached entry for <paramref name="key"/> or plans it once with <paramref name="argument"/> (other
    /// callers wait for that planning); <paramref name="plan"/> can be a static lambda, so a hit allocates nothing.
    /// </summary>
    /// <param name="key">The request's key.</param>
    /// <param name="plan">Plans on a miss; runs once per key even under concurrency, and should not throw.</param>
    /// <param name="argument">State for <paramref name="plan"/>.</param>
    /// <param name="hit">True when the entry was already cached.</param>
    public PlanningResult GetOrAdd<TArg>(PlanCacheKey key, Func<TArg, PlanningResult> plan, TArg argument, out bool hit)
    {
        if (_entries.TryGetValue(key, out var existing))
        {
            hit = true;
            return existing.Value;
        }

        var created = new Lazy<PlanningResult>(() => plan(argument), LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = _entries.GetOrAdd(key, created);
        hit = !ReferenceEquals(entry, created);
        if (!hit)
        {
            _order.Enqueue(key);
            while (_entries.Count > _capacity && _order.TryDequeue(out var oldest))
            {
                _entries.TryRemove(oldest, out _);
            }
        }

        return entry.Value;
    }
}
