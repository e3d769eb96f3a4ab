using GraphGateway.Execution.Results;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>Field storage of <see cref="ResultObject"/>: insertion order, replacement, the dictionary index past the threshold, reuse.</summary>
public sealed class ResultObjectTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(ResultObject.IndexThreshold)]
    [InlineData(ResultObject.IndexThreshold + 1)]
    [InlineData(200)]
    public void Set_ManyFields_LookupsAndOrderHold(int count)
    {
        var obj = new ResultObject();
        for (var i = 0; i < count; i++)
        {
            obj["k" + i] = i;
        }

        obj["k0"] = "replaced";
        obj[new string(['k', '1'])] = "by equal key";

        Assert.Equal(count, obj.Count);
        Assert.True(obj.TryGetValue("k0", out var first));
        Assert.Equal("replaced", first);
        Assert.True(obj.TryGetValue("k" + (count - 1), out var last));
        Assert.Equal(count - 1, last);
        Assert.True(obj.TryGetValue("k1", out var second));
        Assert.Equal("by equal key", second);
        Assert.False(obj.TryGetValue("k" + count, out _));
        var keys = new List<string>();
        foreach (var (key, _) in obj)
        {
            keys.Add(key);
        }

        Assert.Equal(Enumerable.Range(0, count).Select(i => "k" + i), keys);
    }

    [Fact]
    public void Merge_NestedObjectsAndLists_MergedDeeplyInOrder()
    {
        var target = new ResultObject();
        var child = new ResultObject();
        child["a"] = 1;
        target["x"] = child;
        target["list"] = new ResultList([new ResultObject(), null]);
        var source = new ResultObject { Typename = "T" };
        var sourceChild = new ResultObject();
        sourceChild["b"] = 2;
        source["x"] = sourceChild;
        var item = new ResultObject();
        item["c"] = 3;
        source["list"] = new ResultList([item, item]);
        source["y"] = 4;

        target.Merge(source);

        Assert.Equal("T", target.Typename);
        Assert.True(target.TryGetValue("x", out var x));
        Assert.Same(child, x);
        Assert.True(child.TryGetValue("b", out var b));
        Assert.Equal(2, b);
        Assert.True(target.TryGetValue("list", out var list));
        var items = ((ResultList)list!).Items;
        Assert.True(((ResultObject)items[0]!).TryGetValue("c", out var c));
        Assert.Equal(3, c);
        Assert.Same(item, items[1]);
        Assert.Equal(3, target.Count);
    }

    [Fact]
    public void Reset_AfterIndexedUse_BehavesLikeNew()
    {
        var obj = new ResultObject();
        for (var i = 0; i < 40; i++)
        {
            obj["k" + i] = i;
        }

        obj.Reset();
        obj["z"] = 1;

        Assert.Equal(1, obj.Count);
        Assert.False(obj.TryGetValue("k3", out _));
        Assert.True(obj.TryGetValue("z", out var z));
        Assert.Equal(1, z);
    }
}
