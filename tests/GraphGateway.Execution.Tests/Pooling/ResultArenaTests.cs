using GraphGateway.Execution.Results;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>Reuse and bounds of <see cref="ResultArena"/>.</summary>
public sealed class ResultArenaTests
{
    [Fact]
    public void Return_NodesHandedOutAgain_AreEmpty()
    {
        var arena = ResultArena.Rent();
        var raw = arena.NewRaw("\"x\""u8.ToArray());
        var obj = arena.NewObject();
        obj["a"] = raw;
        obj.Typename = "T";
        obj.MarkFailed(["b"]);
        var list = arena.NewList();
        list.Items.Add(obj);
        ResultArena.Return(arena);

        // The pool may hand out another arena; build the same shape in this one again by renting until it comes back.
        var again = RentSame(arena);
        var obj2 = again.NewObject();
        var list2 = again.NewList();
        var raw2 = again.NewRaw("2"u8.ToArray());

        Assert.Same(obj, obj2);
        Assert.Equal(0, obj2.Count);
        Assert.Null(obj2.Typename);
        Assert.Null(obj2.FailedKeys);
        Assert.Same(list, list2);
        Assert.Empty(list2.Items);
        Assert.Same(raw, raw2);
        Assert.Equal("2", System.Text.Encoding.UTF8.GetString(raw2.Json.Span));
        ResultArena.Return(again);
    }

    [Fact]
    public void Return_ObjectWithManyFields_IsNotReused()
    {
        var arena = ResultArena.Rent();
        var big = arena.NewObject();
        for (var i = 0; i <= ResultArena.MaxKeptFields; i++)
        {
            big["f" + i] = null;
        }

        ResultArena.Return(arena);
        var again = RentSame(arena);
        var next = again.NewObject();

        Assert.NotSame(big, next);
        Assert.Equal(0, next.Count);
        Assert.Equal(ResultArena.MaxKeptFields + 1, big.Count);
        ResultArena.Return(again);
    }

    [Fact]
    public void NewObject_PastMaxKeptNodes_StillHandsOutDistinctObjects()
    {
        var arena = new List<ResultObject>();
        var a = ResultArena.Rent();
        for (var i = 0; i < ResultArena.MaxKeptNodes + 10; i++)
        {
            arena.Add(a.NewObject());
        }

        Assert.Equal(arena.Count, arena.Distinct().Count());
        ResultArena.Return(a);
    }

    /// <summary>Rents until the pool returns <paramref name="wanted"/> (it keeps returned arenas; bounded attempts).</summary>
    private static ResultArena RentSame(ResultArena wanted)
    {
        var others = new List<ResultArena>();
        try
        {
            for (var i = 0; i < ResultArena.MaxPooledArenas + 1; i++)
            {
                var a = ResultArena.Rent();
                if (ReferenceEquals(a, wanted))
                {
                    return a;
                }

                others.Add(a);
            }

            throw new InvalidOperationException("The returned arena was not handed out again.");
        }
        finally
        {
            others.ForEach(ResultArena.Return);
        }
    }
}
