using System.Collections.Concurrent;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// A bounded cache of planned operations, keyed by document hash, operation name and override labels
/// (whatever changes the plan). Single-flight: concurrent requests for one key share one planning.
/// When full, the oldest entries are evicted first.
/// </summary>
internal sealed class QueryPlanCache
{
    private readonly ConcurrentDictionary<string, Lazy<PreparedOperation>> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity;

    public QueryPlanCache(int capacity) => _capacity = Math.Max(1, capacity);

    public int Count => _entries.Count;

    /// <summary>Returns the cached entry for <paramref name="key"/> or plans it once (other callers wait for that planning).</summary>
    public PreparedOperation GetOrAdd(string key, Func<PreparedOperation> plan)
    {
        if (_entries.TryGetValue(key, out var existing))
        {
            return existing.Value;
        }

        var created = new Lazy<PreparedOperation>(plan, LazyThreadSafetyMode.ExecutionAndPublication);
        var entry = _entries.GetOrAdd(key, created);
        if (ReferenceEquals(entry, created))
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
