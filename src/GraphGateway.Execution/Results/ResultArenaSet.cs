using Microsoft.Extensions.ObjectPool;

namespace GraphGateway.Execution.Results;

/// <summary>
/// The <see cref="ResultArena"/>s of one request: <see cref="Own"/> for the request's root object, and one per fetch
/// node (<see cref="ForFetch"/>, by <c>FetchNode.Index</c>) so parallel fetches parse into separate arenas without a
/// lock. Sets are pooled whole (<see cref="Rent"/>/<see cref="Return"/>): the next request of the same plan gets arenas
/// already sized fetch by fetch, and the pool holds one set per request in flight rather than one arena per fetch.
/// At most <see cref="MaxPooledSets"/> sets are kept; more requests in flight than that allocate sets that are dropped.
/// </summary>
internal sealed class ResultArenaSet
{
    /// <summary>Most sets the pool keeps (about the number of requests executing at once under load).</summary>
    public const int MaxPooledSets = 128;

    /// <summary>A set with arenas for more fetches than this keeps only this many.</summary>
    public const int MaxKeptFetchArenas = 64;

    private static readonly ObjectPool<ResultArenaSet> Pool = new DefaultObjectPool<ResultArenaSet>(new Policy(), MaxPooledSets);

    private readonly List<ResultArena> _fetches = [];

    /// <summary>The request's own arena (root object, copies made outside a fetch).</summary>
    public ResultArena Own { get; } = new();

    /// <summary>An empty set from the pool.</summary>
    public static ResultArenaSet Rent() => Pool.Get();

    /// <summary>Resets every arena of <paramref name="set"/> and gives it back; nothing handed out may be read afterwards.</summary>
    public static void Return(ResultArenaSet set) => Pool.Return(set);

    /// <summary>
    /// Makes sure arenas exist for fetches <c>0</c> to <paramref name="fetchCount"/> − 1. Called once per request before
    /// any fetch runs, so <see cref="ForFetch"/> only reads and fetches running on different threads never grow the set.
    /// </summary>
    public void Prepare(int fetchCount)
    {
        while (_fetches.Count < fetchCount)
        {
            _fetches.Add(new ResultArena());
        }
    }

    /// <summary>The arena of fetch <paramref name="index"/> (one fetch runs once per request).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not below the count given to <see cref="Prepare"/>.</exception>
    public ResultArena ForFetch(int index) => _fetches[index];

    private void Reset()
    {
        Own.Reset();
        foreach (var arena in _fetches)
        {
            arena.Reset();
        }

        if (_fetches.Count > MaxKeptFetchArenas)
        {
            _fetches.RemoveRange(MaxKeptFetchArenas, _fetches.Count - MaxKeptFetchArenas);
        }
    }

    private sealed class Policy : PooledObjectPolicy<ResultArenaSet>
    {
        public override ResultArenaSet Create() => new();

        public override bool Return(ResultArenaSet set)
        {
            set.Reset();
            return true;
        }
    }
}
