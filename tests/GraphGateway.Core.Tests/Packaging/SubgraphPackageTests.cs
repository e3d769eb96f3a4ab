using GraphGateway.Core.Packaging;

namespace GraphGateway.Core.Tests.Packaging;

public sealed class SubgraphPackageTests
{
    [Fact]
    public void WriteRead_RoundTrip_SameSettingsAndSchema()
    {
        var ms = new MemoryStream();
        SubgraphPackage.Write(ms, new PackageSubgraph(new SubgraphSettings { Name = "products", Url = "http://localhost:4003/graphql" }, "type Query { p: Int }\n"));
        ms.Position = 0;
        var read = SubgraphPackage.Read(ms, "products.zip");
        Assert.Equal("products", read.Name);
        Assert.Equal("http://localhost:4003/graphql", read.Settings.Url);
        Assert.Equal("type Query { p: Int }\n", read.Schema);
    }

    [Fact]
    public void Write_InvalidUrl_Throws()
    {
        var ex = Assert.Throws<PackageException>(() => SubgraphPackage.Write(new MemoryStream(), new PackageSubgraph(new SubgraphSettings { Name = "p", Url = "localhost" }, "")));
        Assert.Equal("subgraph package: subgraph 'p' URL 'localhost' is not an absolute http or https URL.", ex.Message);
    }

    [Fact]
    public void ParseSettings_MissingName_ClearError()
    {
        var ex = Assert.Throws<PackageException>(() => SubgraphPackage.ParseSettings("{\"url\":\"http://x/\"}", "s.json"));
        Assert.StartsWith("s.json: invalid JSON:", ex.Message);
        Assert.Contains("name", ex.Message, StringComparison.Ordinal);
    }
}
