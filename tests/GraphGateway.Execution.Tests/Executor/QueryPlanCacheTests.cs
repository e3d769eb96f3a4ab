using GraphGateway.Planning.Caching;

namespace GraphGateway.Execution.Tests.Executor;

/// <summary>The plan cache: bounded, single-flight.</summary>
public sealed class QueryPlanCacheTests
{
    private static PlanCacheKey Key(string hash) => new(hash, null, null);

    [Fact]
    public async Task GetOrAdd_ConcurrentCallersForOneKey_PlansOnce()
    {
        var cache = new QueryPlanCache(10);
        var calls = 0;
        using var gate = new ManualResetEventSlim();
        PlanningResult Plan(int _)
        {
            Interlocked.Increment(ref calls);
            gate.Wait(TimeSpan.FromSeconds(5));
            return PlanningResult.Failed("x", "CODE");
        }

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrAdd(Key("k"), Plan, 0, out var _))).ToList();
        await Task.Delay(100);
        gate.Set();
        var results = await Task.WhenAll(tasks);

        Assert.Equal(1, calls);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public void GetOrAdd_MoreKeysThanCapacity_EvictsOldestFirst()
    {
        var cache = new QueryPlanCache(2);
        var a = cache.GetOrAdd(Key("a"), static e => PlanningResult.Failed(e, "C"), "a", out var missA);
        cache.GetOrAdd(Key("b"), static e => PlanningResult.Failed(e, "C"), "b", out _);
        cache.GetOrAdd(Key("c"), static e => PlanningResult.Failed(e, "C"), "c", out _);

        Assert.False(missA);
        Assert.Equal(2, cache.Count);
        Assert.NotSame(a, cache.GetOrAdd(Key("a"), static e => PlanningResult.Failed(e, "C"), "a2", out _));
        Assert.Equal("c", cache.GetOrAdd(Key("c"), static e => PlanningResult.Failed(e, "C"), "c2", out var hitC).Error);
        Assert.True(hitC);
    }

    [Fact]
    public void GetOrAdd_KeysDifferingOnlyInVariant_AreSeparateEntries()
    {
        var cache = new QueryPlanCache(10);
        var plain = cache.GetOrAdd(new PlanCacheKey("h", "Op", null), static e => PlanningResult.Failed(e, "C"), "plain", out _);
        var labelled = cache.GetOrAdd(new PlanCacheKey("h", "Op", "overrides=a;"), static e => PlanningResult.Failed(e, "C"), "labelled", out _);

        Assert.Equal("plain", plain.Error);
        Assert.Equal("labelled", labelled.Error);
        Assert.Equal(2, cache.Count);
    }
}
