using GraphGateway.Execution.Results;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>Reuse and bounds of <see cref="ResultArena"/> and <see cref="ResultArenaSet"/>.</summary>
public sealed class ResultArenaTests
{
    [Fact]
    public void Reset_NodesHandedOutAgain_AreEmpty()
    {
        var arena = new ResultArena();
        var raw = arena.NewRaw("\"x\""u8.ToArray());
        var obj = arena.NewObject();
        obj["a"] = raw;
        obj.Typename = "T";
        obj.MarkFailed(["b"]);
        var list = arena.NewList();
        list.Items.Add(obj);
        arena.Reset();

        var raw2 = arena.NewRaw("2"u8.ToArray());
        var obj2 = arena.NewObject();
        var list2 = arena.NewList();

        Assert.Same(obj, obj2);
        Assert.Equal(0, obj2.Count);
        Assert.Null(obj2.Typename);
        Assert.Null(obj2.FailedKeys);
        Assert.Same(list, list2);
        Assert.Empty(list2.Items);
        Assert.Same(raw, raw2);
        Assert.Equal("2", System.Text.Encoding.UTF8.GetString(raw2.Json.Span));
    }

    [Fact]
    public void Reset_ObjectWithManyFields_IsNotReused()
    {
        var arena = new ResultArena();
        var big = arena.NewObject();
        for (var i = 0; i <= ResultArena.MaxKeptFields; i++)
        {
            big["f" + i] = null;
        }

        arena.Reset();
        var next = arena.NewObject();

        Assert.NotSame(big, next);
        Assert.Equal(0, next.Count);
        Assert.Equal(ResultArena.MaxKeptFields + 1, big.Count);
    }

    [Fact]
    public void Reset_SmallerUseAfterLargerOne_KeepsHalfThenWhatIsUsed()
    {
        var arena = new ResultArena();
        var first = Enumerable.Range(0, 100).Select(_ => arena.NewObject()).ToList();
        arena.Reset();
        var second = Enumerable.Range(0, 10).Select(_ => arena.NewObject()).ToList();
        arena.Reset();

        // 100 kept after the first use; the second used 10, so half (50) stay: objects 0–49 come back, 50 onwards are new.
        var third = Enumerable.Range(0, 60).Select(_ => arena.NewObject()).ToList();

        Assert.Equal(first.Take(10), second);
        Assert.Equal(first.Take(50), third.Take(50));
        Assert.DoesNotContain(third[50], first);
    }

    [Fact]
    public void NewObject_PastMaxKeptNodes_StillHandsOutDistinctObjects()
    {
        var arena = new ResultArena();
        var handed = Enumerable.Range(0, ResultArena.MaxKeptNodes + 10).Select(_ => arena.NewObject()).ToList();

        Assert.Equal(handed.Count, handed.Distinct().Count());
    }

    [Fact]
    public void ArenaSet_ReturnedAndRentedAgain_GivesTheSameArenasEmptied()
    {
        var set = ResultArenaSet.Rent();
        set.Prepare(4);
        var fetch3 = set.ForFetch(3);
        var obj = fetch3.NewObject();
        obj["x"] = null;
        var own = set.Own.NewObject();
        ResultArenaSet.Return(set);

        var again = RentSame(set);
        again.Prepare(4);

        Assert.Same(fetch3, again.ForFetch(3));
        Assert.Same(obj, again.ForFetch(3).NewObject());
        Assert.Equal(0, obj.Count);
        Assert.Same(own, again.Own.NewObject());
        Assert.NotSame(fetch3, again.ForFetch(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => again.ForFetch(64));
        ResultArenaSet.Return(again);
    }

    /// <summary>Rents until the pool returns <paramref name="wanted"/> (it keeps returned sets; bounded attempts).</summary>
    private static ResultArenaSet RentSame(ResultArenaSet wanted)
    {
        var others = new List<ResultArenaSet>();
        try
        {
            for (var i = 0; i < ResultArenaSet.MaxPooledSets + 1; i++)
            {
                var s = ResultArenaSet.Rent();
                if (ReferenceEquals(s, wanted))
                {
                    return s;
                }

                others.Add(s);
            }

            throw new InvalidOperationException("The returned set was not handed out again.");
        }
        finally
        {
            others.ForEach(ResultArenaSet.Return);
        }
    }
}
