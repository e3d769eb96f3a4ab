using GraphGateway.Subgraphs.Common.Data;

namespace GraphGateway.Subgraphs.Tests.Common;

/// <summary>The per-request batch loader: one fetch per pending batch, caching, missing keys and failures.</summary>
public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Load_ThreeKeysThenAwait_FetchesOnceWithDistinctKeys()
    {
        var batches = new List<int[]>();
        var loader = new BatchLoader<int, string?>((keys, _) =>
        {
            batches.Add([.. keys.Order()]);
            return Task.FromResult<IReadOnlyDictionary<int, string?>>(keys.Where(k => k != 3).ToDictionary(k => k, k => (string?)("v" + k)));
        });

        var a = loader.Load(1);
        var b = loader.Load(2);
        var c = loader.Load(3);
        var again = loader.Load(1);

        Assert.Equal("v1", await a.GetResultAsync());
        Assert.Equal("v2", await b.GetResultAsync());
        Assert.Null(await c.GetResultAsync());
        Assert.Equal("v1", await again.GetResultAsync());
        Assert.Equal([1, 2, 3], Assert.Single(batches));
    }

    [Fact]
    public async Task Load_KeyAlreadyLoaded_DoesNotFetchAgain()
    {
        var fetches = 0;
        var loader = new BatchLoader<int, int>((keys, _) =>
        {
            fetches++;
            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(k => k, k => k * 10));
        });
        Assert.Equal(10, await loader.Load(1).GetResultAsync());

        var mapped = await loader.Load(1, v => v + 1).GetResultAsync();

        Assert.Equal(11, mapped);
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task Load_FetchThrows_EveryKeyOfTheBatchFails()
    {
        var loader = new BatchLoader<int, int>((_, _) => throw new TimeoutException("database timeout"));
        var first = loader.Load(1);
        var second = loader.Load(2);

        await Assert.ThrowsAsync<TimeoutException>(() => first.GetResultAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => second.GetResultAsync());

        Assert.IsType<TimeoutException>(error.InnerException);
    }
}
