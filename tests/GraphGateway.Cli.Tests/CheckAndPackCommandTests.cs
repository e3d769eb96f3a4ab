using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Tests;

public sealed class CheckAndPackCommandTests
{
    [Fact]
    public void Check_SameSubgraphs_ExitZeroNoBreakingChanges()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var fsp = dir.File("gateway.fsp");
        Assert.Equal(0, CliRunner.Run("compose", "-s", $"products={products}", "-s", $"reviews={reviews}", "-o", fsp).ExitCode);

        var (code, stdout, stderr) = CliRunner.Run("check", "--package", fsp, "-s", $"products={products}", "-s", $"reviews={reviews}");
        Assert.Equal("", stderr);
        Assert.Equal("No breaking changes to the API schema.\n", stdout);
        Assert.Equal(0, code);
    }

    [Fact]
    public void Check_RemovedFieldAndArgument_ExitOneListsThem()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var fsp = dir.File("gateway.fsp");
        Assert.Equal(0, CliRunner.Run("compose", "-s", $"products={products}", "-s", $"reviews={reviews}", "-o", fsp).ExitCode);
        var changed = dir.File("products2.graphql", Schemas.ProductsWithoutPrice);

        var (code, stdout, _) = CliRunner.Run("check", "-p", fsp, "-s", $"products={changed}", "-s", $"reviews={reviews}");
        Assert.Equal(1, code);
        Assert.Equal("breaking [FIELD_REMOVED] Field Product.price was removed.\n1 breaking change(s) to the API schema.\n", stdout);
    }

    [Fact]
    public void Check_UnreadablePackage_ExitTwo()
    {
        using var dir = new CliRunner.TempDir();
        var bad = dir.File("bad.fsp", "not a zip");
        var (code, _, stderr) = CliRunner.Run("check", "-p", bad, "-s", "x=y.graphql");
        Assert.Equal(2, code);
        Assert.StartsWith($"error {bad}: not a gateway package (not a valid zip file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void SubgraphPack_ThenCompose_UsesNameUrlAndSchema()
    {
        using var dir = new CliRunner.TempDir();
        var schema = dir.File("products.graphql", Schemas.Products);
        var pkg = dir.File("products.subgraph.zip");
        var (code, stdout, _) = CliRunner.Run("subgraph", "pack", "--name", "products", "--url", "http://products:8080/graphql", "--schema", schema, "-o", pkg);
        Assert.Equal(0, code);
        Assert.Equal($"Packed subgraph products into {pkg}.\n", stdout);

        var reviews = dir.File("reviews.graphql", Schemas.Reviews);
        var fsp = dir.File("g.fsp");
        Assert.Equal(0, CliRunner.Run("compose", "--subgraph-package", pkg, "-s", $"reviews={reviews}", "-o", fsp).ExitCode);
        var package = GatewayPackage.Read(fsp);
        Assert.Equal("http://products:8080/graphql", package.Subgraphs[0].Settings.Url);
        Assert.Equal(Schemas.Products, package.Subgraphs[0].Schema);
    }

    [Fact]
    public void SubgraphPack_InvalidSchema_ExitOneWithCode()
    {
        using var dir = new CliRunner.TempDir();
        var schema = dir.File("bad.graphql", "type Query { a: Missing }");
        var (code, _, stderr) = CliRunner.Run("subgraph", "pack", "--name", "p", "--url", "http://p/graphql", "--schema", schema, "-o", dir.File("p.zip"));
        Assert.Equal(1, code);
        Assert.Equal("error [INVALID_GRAPHQL] [p] Field Query.a has unknown type Missing. (line 1, column 14)\n", stderr);
    }

    [Fact]
    public void SubgraphPack_SameInputsTwice_SameBytes()
    {
        using var dir = new CliRunner.TempDir();
        var schema = dir.File("products.graphql", Schemas.Products);
        var a = dir.File("a.zip");
        var b = dir.File("b.zip");
        Assert.Equal(0, CliRunner.Run("subgraph", "pack", "--name", "products", "--url", "http://p/graphql", "--schema", schema, "-o", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("subgraph", "pack", "--name", "products", "--url", "http://p/graphql", "--schema", schema, "-o", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }
}
