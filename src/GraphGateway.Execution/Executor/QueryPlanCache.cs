using System.Collections.Concurrent;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// A bounded cache of planned operations, keyed by whatever changes the plan (the executor uses document hash,
/// operation name and active override labels). Single-flight: concurrent requests for one key share one planning.
/// When full, the oldest entries are evicted first. A hit allocates nothing.
/// </summary>
/// <typeparam name="TKey">The key; compared with its default equality.</typeparam>
internal sealed class QueryPlanCache<TKey>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<PreparedOperation>> _entries = new();
    private readonly ConcurrentQueue<TKey> _order = new();
    private readonly int _capacity;

    public QueryPlanCache(int capacity) => _capacity = Math.Max(1, capacity);

    public int Count => _entries.Count;

    /// <summary>Returns the cached entry for <paramref name="key"/> or plans it once (other callers wait for that planning).</summary>
    public PreparedOperation GetOrAdd(TKey key, Func<PreparedOperation> plan) => GetOrAdd(key, static p => p(), plan);

    /// <summary>
    /// Returns the cached entry for <paramref name="key"/> or plans it once with <paramref name="argument"/> (other
    /// callers wait for that planning); <paramref name="plan"/> can be a static lambda, so a hit allocates nothing.
    /// </summary>
    public PreparedOperation GetOrAdd<TArg>(TKey key, Func<TArg, PreparedOperation> plan, TArg argument)
    {
        if (_entries.TryGetValue(key, out var existing))
        {
            return existing.Value;
        }

        var created = new Lazy<PreparedOperation>(() => plan(argument), LazyThreadSafetyMode.ExecutionAndPublication);
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
