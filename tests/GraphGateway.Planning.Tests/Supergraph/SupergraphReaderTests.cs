using GraphGateway.Core.Packaging;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Planning.Tests.Supergraph;

/// <summary>Reading supergraphs: join versions, Federation 1 and 2, and clear errors for malformed input.</summary>
public sealed class SupergraphReaderTests
{
    private static string Fixture(string set) => File.ReadAllText(Path.Combine(PlanFixtures.Root, set, "supergraph.graphql"));

    [Fact]
    public void Read_JoinV01WithCore_ReadsOwnerAndGraphs()
    {
        var model = SupergraphReader.Read(Fixture("fed1"), "fed1");

        Assert.Equal("0.1", model.JoinVersion);
        Assert.Equal(["accounts", "reviews"], model.Subgraphs.Select(s => s.Name));
        Assert.Equal("http://reviews:4002/graphql", model.Subgraph("reviews")!.Url);
        Assert.Equal("accounts", Assert.Single(model.Type("User")!.Fields["name"].Entries).Subgraph);
        Assert.Equal(["accounts", "reviews"], model.Type("User")!.Subgraphs);
        Assert.Equal("username", model.Type("Review")!.Fields["author"].Entry("reviews")!.Provides);
        Assert.False(model.ApiSchema.Types.ContainsKey("join__Graph"));
    }

    [Theory]
    [InlineData("bench", "0.3")]
    [InlineData("chain", "0.4")]
    [InlineData("abstract", "0.4")]
    public void Read_ReferenceComposedSupergraph_ReadsJoinVersion(string set, string version)
    {
        var model = SupergraphReader.Read(Fixture(set), set);

        Assert.Equal(version, model.JoinVersion);
    }

    [Fact]
    public void Read_ProgressiveOverride_KeepsLabelOnBothSides()
    {
        var model = SupergraphReader.Read(Fixture("chain"), "chain");

        var risk = model.Type("Order")!.Fields["risk"];
        Assert.Equal(new JoinFieldEntry("a", null, null, false, null, "percent(25)", false, null), risk.Entry("a"));
        Assert.Equal(new JoinFieldEntry("b", null, null, false, "a", "percent(25)", false, null), risk.Entry("b"));
    }

    [Fact]
    public void Read_InterfaceObject_MarksSubgraph()
    {
        var model = SupergraphReader.Read(Fixture("abstract"), "abstract");

        Assert.True(model.Type("Media")!.IsInterfaceObjectIn("ratings"));
        Assert.False(model.Type("Media")!.IsInterfaceObjectIn("catalog"));
        Assert.Equal(["id"], model.Type("Book")!.ResolvableKeys("catalog"));
        Assert.Empty(model.Type("Book")!.ResolvableKeys("people"));
    }

    [Fact]
    public void Read_NoJoinSpec_NamesTheProblem()
    {
        var ex = Assert.Throws<SupergraphException>(() => SupergraphReader.Read("type Query { a: Int }", "plain.graphql"));

        Assert.Equal(
            "plain.graphql: not a supergraph: the schema links no join spec (expected @link(url: \"https://specs.apollo.dev/join/v0.x\") or @core(feature: ...)).",
            ex.Message);
    }

    [Fact]
    public void Read_UnsupportedJoinVersion_NamesVersion()
    {
        var sdl = Fixture("bench").Replace("join/v0.3", "join/v0.9", StringComparison.Ordinal);

        var ex = Assert.Throws<SupergraphException>(() => SupergraphReader.Read(sdl, "s.graphql"));

        Assert.Equal("s.graphql: join spec version '0.9' (https://specs.apollo.dev/join/v0.9) is not supported; supported: v0.1 to v0.5.", ex.Message);
    }

    [Fact]
    public void Read_UnknownGraphInJoinType_NamesTypeAndLocation()
    {
        var sdl = Fixture("bench").Replace("@join__type(graph: REVIEWS, key: \"id\")\n{\n  id: ID!\n  body", "@join__type(graph: NOPE, key: \"id\")\n{\n  id: ID!\n  body", StringComparison.Ordinal);

        var ex = Assert.Throws<SupergraphException>(() => SupergraphReader.Read(sdl, "s.graphql"));

        Assert.Matches(@"^s\.graphql:\d+:\d+: type Review: @join__type names unknown graph NOPE\.$", ex.Message);
    }

    [Fact]
    public void Read_SyntaxError_ReportsLocation()
    {
        var ex = Assert.Throws<SupergraphException>(() => SupergraphReader.Read("type Query {", "broken.graphql"));

        Assert.StartsWith("broken.graphql: the supergraph SDL is not a valid schema:", ex.Message);
        Assert.Contains("broken.graphql:1:", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesPath()
    {
        var ex = Assert.Throws<SupergraphException>(() => LoadedSupergraph.Load("/nonexistent/gateway.fsp"));

        Assert.Equal("/nonexistent/gateway.fsp: supergraph file not found.", ex.Message);
    }

    [Fact]
    public void Load_PackageWithoutSupergraphEntry_NamesEntry()
    {
        var path = Path.Combine(Path.GetTempPath(), "gg-test-" + Guid.NewGuid().ToString("N") + ".fsp");
        try
        {
            using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
            {
                zip.CreateEntry("schema.graphql");
            }

            var ex = Assert.Throws<SupergraphException>(() => LoadedSupergraph.Load(path));

            Assert.Contains("supergraph.graphql", ex.Message, StringComparison.Ordinal);
            Assert.StartsWith(path, ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_Package_ReadsSubgraphUrlsAndHashesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "gg-test-" + Guid.NewGuid().ToString("N") + ".fsp");
        try
        {
            GatewayPackage.Create(
                Fixture("bench"),
                "type Query { a: Int }",
                [new PackageSubgraph(new SubgraphSettings { Name = "accounts", Url = "http://127.0.0.1:9001/graphql", ExtraUrls = ["http://127.0.0.1:9002/graphql"] }, "type Query { a: Int }")],
                null,
                "tests").Write(path);

            var source = LoadedSupergraph.Load(path);

            Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), source.Version);
            Assert.Equal("http://127.0.0.1:9001/graphql", Assert.Single(source.SubgraphUrls).Value);
            Assert.Equal(["http://127.0.0.1:9002/graphql"], Assert.Single(source.SubgraphExtraUrls).Value);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
