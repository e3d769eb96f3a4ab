using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Tests.Executor;

/// <summary>The plan cache: bounded, single-flight.</summary>
public sealed class QueryPlanCacheTests
{
    [Fact]
    public async Task GetOrAdd_ConcurrentCallersForOneKey_PlansOnce()
    {
        var cache = new QueryPlanCache<string>(10);
        var calls = 0;
        using var gate = new ManualResetEventSlim();
        PreparedOperation Plan()
        {
            Interlocked.Increment(ref calls);
            gate.Wait(TimeSpan.FromSeconds(5));
            return new PreparedOperation(null, "x");
        }

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrAdd("k", Plan))).ToList();
        await Task.Delay(100);
        gate.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void GetOrAdd_MoreKeysThanCapacity_EvictsOldestFirst()
    {
        var cache = new QueryPlanCache<string>(2);
        var a = cache.GetOrAdd("a", () => new PreparedOperation(null, "a"));
        cache.GetOrAdd("b", () => new PreparedOperation(null, "b"));
        cache.GetOrAdd("c", () => new PreparedOperation(null, "c"));

        Assert.Equal(2, cache.Count);
        Assert.NotSame(a, cache.GetOrAdd("a", () => new PreparedOperation(null, "a2")));
        Assert.Equal("c", cache.GetOrAdd("c", () => new PreparedOperation(null, "c2")).Error);
    }
}
