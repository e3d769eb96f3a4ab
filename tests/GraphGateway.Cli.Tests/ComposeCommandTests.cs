using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Tests;

public sealed class ComposeCommandTests
{
    [Fact]
    public void Compose_TwoSchemaFiles_WritesPackageAndSupergraph()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var fsp = dir.File("gateway.fsp");
        var sg = dir.File("supergraph.graphql");

        var (code, stdout, stderr) = CliRunner.Run("compose", "--subgraph", $"products={products}@http://localhost:4001/graphql",
            "--subgraph", $"reviews={reviews}@http://localhost:4002/graphql", "-o", fsp, "--supergraph-out", sg);

        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        Assert.Equal($"Composed 2 subgraph(s) into {fsp}.\n", stdout);
        var package = GatewayPackage.Read(fsp);
        Assert.Equal(["products", "reviews"], package.Metadata.Subgraphs);
        Assert.Equal("http://localhost:4002/graphql", package.Subgraphs[1].Settings.Url);
        Assert.Equal(Schemas.Reviews, package.Subgraphs[1].Schema);
        Assert.Equal(File.ReadAllText(sg), package.SupergraphSdl);
        Assert.Contains("  PRODUCTS @join__graph(name: \"products\", url: \"http://localhost:4001/graphql\")", package.SupergraphSdl, StringComparison.Ordinal);
        Assert.Contains("reviews: [String] @join__field(graph: REVIEWS)", package.SupergraphSdl, StringComparison.Ordinal);
        Assert.DoesNotContain("join__", package.ApiSchemaSdl, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_SameInputsTwice_SameBytes()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var first = dir.File("first.fsp");
        var second = dir.File("second.fsp");
        Assert.Equal(0, CliRunner.Run("compose", "-s", $"products={products}", "-s", $"reviews={reviews}", "-o", first).ExitCode);
        Assert.Equal(0, CliRunner.Run("compose", "-s", $"reviews={reviews}", "-s", $"products={products}", "-o", second).ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void Compose_CompositionErrors_ExitOneWithCodeAndCoordinate()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.ProductsConflicting);
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var (code, _, stderr) = CliRunner.Run("compose", "-s", $"products={products}", "-s", $"reviews={reviews}", "-o", dir.File("g.fsp"));
        Assert.Equal(1, code);
        Assert.Equal(
            "error [INVALID_FIELD_SHARING] Non-shareable field \"Product.reviews\" is resolved from multiple subgraphs: it is resolved from subgraphs \"products\" and \"reviews\" and defined as non-shareable in all of them\n"
            + "Composition failed with 1 error(s).\n",
            stderr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "g.fsp")));
    }

    [Fact]
    public void Compose_MissingSchemaFile_ExitTwoNamesFile()
    {
        using var dir = new CliRunner.TempDir();
        var (code, _, stderr) = CliRunner.Run("compose", "-s", "products=/nonexistent/p.graphql", "-o", dir.File("g.fsp"));
        Assert.Equal(2, code);
        Assert.Equal("error subgraph \"products\": schema file '/nonexistent/p.graphql' not found.\n", stderr);
    }

    [Fact]
    public void Compose_ConfigFile_SameSupergraphAsFlags()
    {
        using var dir = new CliRunner.TempDir();
        dir.File("schemas/products.graphql", Schemas.Products);
        dir.File("schemas/reviews.graphql", Schemas.Reviews);
        var config = dir.File("compose.json", """
            { "subgraphs": [
              { "name": "reviews", "url": "http://localhost:4002/graphql", "schema": "schemas/reviews.graphql" },
              { "name": "products", "url": "http://localhost:4001/graphql", "schema": "schemas/products.graphql", "extraUrls": ["http://localhost:5001/graphql"] }
            ] }
            """);
        var viaConfig = dir.File("config.graphql");
        var viaFlags = dir.File("flags.graphql");
        var fsp = dir.File("g.fsp");
        Assert.Equal(0, CliRunner.Run("compose", "--config", config, "--supergraph-out", viaConfig, "-o", fsp).ExitCode);
        Assert.Equal(0, CliRunner.Run("compose", "-s", $"products={dir.Path}/schemas/products.graphql@http://localhost:4001/graphql",
            "-s", $"reviews={dir.Path}/schemas/reviews.graphql@http://localhost:4002/graphql", "--supergraph-out", viaFlags).ExitCode);
        Assert.Equal(File.ReadAllText(viaFlags), File.ReadAllText(viaConfig));
        Assert.Equal(["http://localhost:5001/graphql"], GatewayPackage.Read(fsp).Subgraphs[0].Settings.ExtraUrls!);
    }

    [Fact]
    public void Compose_NoSubgraphs_ExitTwo()
    {
        var (code, _, stderr) = CliRunner.Run("compose", "-o", "/tmp/never.fsp");
        Assert.Equal(2, code);
        Assert.StartsWith("error No subgraphs given", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compose_FromRunningSubgraph_FetchesServiceSdl()
    {
        await using var server = await ServiceSdlServer.StartAsync(Schemas.Products);
        using var dir = new CliRunner.TempDir();
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var fsp = dir.File("g.fsp");
        var (code, _, stderr) = CliRunner.Run("compose", "--subgraph-url", $"products={server.Url}", "-s", $"reviews={reviews}", "-o", fsp);
        Assert.Equal("", stderr);
        Assert.Equal(0, code);
        var package = GatewayPackage.Read(fsp);
        Assert.Equal(Schemas.Products, package.Subgraphs[0].Schema);
        Assert.Equal(server.Url, package.Subgraphs[0].Settings.Url);
        Assert.Equal("{\"query\":\"query SubgraphSdl { _service { sdl } }\"}", server.LastRequestBody);
    }

    [Fact]
    public void Compose_UnreachableSubgraph_ExitTwoNamesUrl()
    {
        var (code, _, stderr) = CliRunner.Run("compose", "--subgraph-url", "products=http://127.0.0.1:1/graphql", "-o", "/tmp/never.fsp");
        Assert.Equal(2, code);
        Assert.StartsWith("error subgraph \"products\": fetching the schema from http://127.0.0.1:1/graphql failed:", stderr, StringComparison.Ordinal);
    }
}
