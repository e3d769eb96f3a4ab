using System.IO.Compression;
using System.Text;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Core.Tests.Packaging;

public sealed class GatewayPackageTests
{
    private static GatewayPackage Sample(string? settings = "{\"x\":1}") => GatewayPackage.Create(
        "type Query { a: Int }\n",
        "type Query { a: Int }\n",
        [
            new PackageSubgraph(new SubgraphSettings { Name = "reviews", Url = "http://localhost:4002/graphql" }, "type Query { r: Int }\n"),
            new PackageSubgraph(new SubgraphSettings { Name = "accounts", Url = "http://localhost:4001/graphql", ExtraUrls = ["http://localhost:5001/graphql"] }, "type Query { a: Int }\n"),
        ],
        settings,
        "graphgateway test");

    private static List<string> EntryNames(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    [Fact]
    public void Write_SameInputsTwice_SameBytes()
    {
        var first = Sample().ToBytes();
        Thread.Sleep(1100);
        var second = Sample().ToBytes();
        Assert.Equal(first, second);
    }

    [Fact]
    public void Write_Entries_FixedOrderWithSubgraphsSortedByName()
    {
        Assert.Equal(
            [
                "package-metadata.json", "supergraph.graphql", "schema.graphql", "gateway-settings.json",
                "subgraphs/accounts/schema.graphql", "subgraphs/accounts/subgraph-settings.json",
                "subgraphs/reviews/schema.graphql", "subgraphs/reviews/subgraph-settings.json",
            ],
            EntryNames(Sample().ToBytes()));
    }

    [Fact]
    public void Write_WithoutGatewaySettings_OmitsEntry()
    {
        Assert.DoesNotContain("gateway-settings.json", EntryNames(Sample(null).ToBytes()));
    }

    [Fact]
    public void Write_Entries_FixedTimestamp()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample().ToBytes()), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void ReadWrite_RoundTrip_KeepsEveryPart()
    {
        var read = GatewayPackage.Read(new MemoryStream(Sample().ToBytes()), "test.fsp");
        Assert.Equal("type Query { a: Int }\n", read.SupergraphSdl);
        Assert.Equal("type Query { a: Int }\n", read.ApiSchemaSdl);
        Assert.Equal("{\"x\":1}", read.GatewaySettingsJson);
        Assert.Equal(1, read.Metadata.FormatVersion);
        Assert.Equal("graphgateway test", read.Metadata.CreatedBy);
        Assert.Equal(["accounts", "reviews"], read.Metadata.Subgraphs);
        Assert.Equal(Sample().Metadata.InputHash, read.Metadata.InputHash);
        Assert.Equal(64, read.Metadata.InputHash.Length);
        Assert.Equal(["accounts", "reviews"], read.Subgraphs.Select(s => s.Name));
        Assert.Equal("http://localhost:4001/graphql", read.Subgraphs[0].Settings.Url);
        Assert.Equal(["http://localhost:5001/graphql"], read.Subgraphs[0].Settings.ExtraUrls!);
        Assert.Null(read.Subgraphs[1].Settings.ExtraUrls);
        Assert.Equal("type Query { r: Int }\n", read.Subgraphs[1].Schema);
    }

    [Fact]
    public void Metadata_Json_CamelCaseIndented()
    {
        using var zip = new ZipArchive(new MemoryStream(Sample().ToBytes()), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("package-metadata.json")!.Open());
        var json = reader.ReadToEnd();
        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"createdBy\": \"graphgateway test\",\n  \"subgraphs\": [\n    \"accounts\",\n    \"reviews\"\n  ],\n  \"inputHash\": \"", json);
    }

    [Fact]
    public void InputHash_ChangedSchema_Differs()
    {
        var a = GatewayPackage.ComputeInputHash([new PackageSubgraph(new SubgraphSettings { Name = "a" }, "type Query { a: Int }")], null);
        var b = GatewayPackage.ComputeInputHash([new PackageSubgraph(new SubgraphSettings { Name = "a" }, "type Query { b: Int }")], null);
        var crlf = GatewayPackage.ComputeInputHash([new PackageSubgraph(new SubgraphSettings { Name = "a" }, "type Query {\r\n a: Int }")], null);
        var lf = GatewayPackage.ComputeInputHash([new PackageSubgraph(new SubgraphSettings { Name = "a" }, "type Query {\n a: Int }")], null);
        Assert.NotEqual(a, b);
        Assert.Equal(crlf, lf);
    }

    [Fact]
    public void Create_DuplicateOrInvalidName_Throws()
    {
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Create("", "", [
            new PackageSubgraph(new SubgraphSettings { Name = "a" }, ""),
            new PackageSubgraph(new SubgraphSettings { Name = "a" }, ""),
            new PackageSubgraph(new SubgraphSettings { Name = "9x" }, ""),
        ], null, "t"));
        Assert.Equal("Subgraph name '9x' is invalid: use letters, digits, '_' and '-', starting with a letter.\nSubgraph name 'a' is used more than once.", ex.Message);
    }

    [Fact]
    public void Read_NotAZip_ClearError()
    {
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Read(new MemoryStream(Encoding.UTF8.GetBytes("hello")), "bad.fsp"));
        Assert.StartsWith("bad.fsp: not a gateway package (not a valid zip file", ex.Message);
    }

    [Fact]
    public void Read_MissingFile_ClearError()
    {
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Read("/nonexistent/gateway.fsp"));
        Assert.Equal("/nonexistent/gateway.fsp: package file not found.", ex.Message);
    }

    [Fact]
    public void Read_MissingEntriesAndBadJson_ListsEveryProblem()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "package-metadata.json", "{\"formatVersion\":1,\"createdBy\":\"t\",\"subgraphs\":[\"a\"],\"inputHash\":\"x\"}");
            Add(zip, "supergraph.graphql", "type Query { a: Int }");
            Add(zip, "subgraphs/a/subgraph-settings.json", "{ nope");
            Add(zip, "subgraphs/b/schema.graphql", "type Query { b: Int }");
        }

        ms.Position = 0;
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Read(ms, "p.fsp"));
        var lines = ex.Message.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Equal("p.fsp: missing entry 'schema.graphql'.", lines[0]);
        Assert.Equal("p.fsp: missing entry 'subgraphs/a/schema.graphql'.", lines[1]);
        Assert.StartsWith("p.fsp: entry 'subgraphs/a/subgraph-settings.json': invalid JSON:", lines[2]);
        Assert.Equal("p.fsp: entry 'subgraphs/b/schema.graphql' belongs to subgraph 'b', which package-metadata.json does not list.", lines[3]);
    }

    [Fact]
    public void Read_UnknownFormatVersion_Rejected()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "package-metadata.json", "{\"formatVersion\":7,\"createdBy\":\"t\",\"subgraphs\":[],\"inputHash\":\"x\"}");
            Add(zip, "supergraph.graphql", "type Query { a: Int }");
            Add(zip, "schema.graphql", "type Query { a: Int }");
        }

        ms.Position = 0;
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Read(ms, "p.fsp"));
        Assert.Equal("p.fsp: formatVersion 7 is not supported (this version reads 1).", ex.Message);
    }

    [Fact]
    public void Read_SettingsNameMismatchAndBadUrl_Rejected()
    {
        var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "package-metadata.json", "{\"formatVersion\":1,\"createdBy\":\"t\",\"subgraphs\":[\"a\"],\"inputHash\":\"x\"}");
            Add(zip, "supergraph.graphql", "type Query { a: Int }");
            Add(zip, "schema.graphql", "type Query { a: Int }");
            Add(zip, "subgraphs/a/schema.graphql", "type Query { a: Int }");
            Add(zip, "subgraphs/a/subgraph-settings.json", "{\"name\":\"b\",\"url\":\"ftp://x\"}");
        }

        ms.Position = 0;
        var ex = Assert.Throws<PackageException>(() => GatewayPackage.Read(ms, "p.fsp"));
        Assert.Equal(
            "p.fsp: entry 'subgraphs/a/subgraph-settings.json': subgraph 'b' URL 'ftp://x' is not an absolute http or https URL.\n"
            + "p.fsp: entry 'subgraphs/a/subgraph-settings.json' names subgraph 'b' but is stored under 'a'.",
            ex.Message);
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var s = zip.CreateEntry(name).Open();
        s.Write(Encoding.UTF8.GetBytes(text));
    }
}

public sealed class GatewayPackageBytesTests
{
    [Fact]
    public void Write_TinyPackage_KnownBytesOnEveryPlatform()
    {
        var package = GatewayPackage.Create("type Query { a: Int }\n", "type Query { a: Int }\n",
            [new PackageSubgraph(new SubgraphSettings { Name = "a", Url = "http://a/graphql" }, "type Query { a: Int }\n")], null, "graphgateway test");
        var bytes = package.ToBytes();
        Assert.Equal(0x04034b50u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes));
        Assert.Equal("f9663ab15bb383cbad3c02ce28193631ec40a864a5cb2b521e9477d7a99fcc46", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }
}
