using System.Text;
using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>Deduplication and abandoning in <see cref="RepresentationSet"/>.</summary>
public sealed class RepresentationSetTests
{
    [Fact]
    public void Commit_IdenticalRepresentations_ShareOneIndex()
    {
        var set = new RepresentationSet();

        var a = Add(set, "Product", "1");
        var b = Add(set, "Product", "2");
        var c = Add(set, "Product", "1");
        var d = Add(set, "User", "1");

        Assert.Equal([0, 1, 0, 2], new[] { a, b, c, d });
        Assert.Equal(3, set.Count);
        Assert.Equal("""{"__typename":"Product","upc":"2"}""", Encoding.UTF8.GetString(set[1]));
        Assert.Equal("""{"__typename":"User","upc":"1"}""", Encoding.UTF8.GetString(set[2]));
    }

    [Fact]
    public void Abandon_HalfWrittenRepresentation_LeavesNoTrace()
    {
        var set = new RepresentationSet();
        Add(set, "Product", "1");
        var writer = set.Begin();
        writer.WriteStartObject();
        writer.WriteString("__typename", "Product");
        set.Abandon();
        var next = Add(set, "Product", "3");

        Assert.Equal(1, next);
        Assert.Equal(2, set.Count);
        Assert.Equal("""{"__typename":"Product","upc":"3"}""", Encoding.UTF8.GetString(set[1]));
        Assert.Equal(set[0].Length + set[1].Length, set.ByteCount);
    }

    [Fact]
    public void Reset_AfterManyLargeRepresentations_StartsEmpty()
    {
        var set = new RepresentationSet();
        for (var i = 0; i < 5000; i++)
        {
            Add(set, "Product", new string('x', 300) + i);
        }

        set.Reset();

        Assert.Equal(0, set.Count);
        Assert.Equal(0, set.ByteCount);
        Assert.Equal(0, Add(set, "Product", "1"));
    }

    private static int Add(RepresentationSet set, string type, string upc)
    {
        var writer = set.Begin();
        writer.WriteStartObject();
        writer.WriteString("__typename", type);
        writer.WriteString("upc", upc);
        writer.WriteEndObject();
        return set.Commit();
    }
}
