namespace GraphGateway.Cli.Tests;

/// <summary>Output paths that cannot be written: one error line naming the path, exit 2, nothing written.</summary>
public sealed class OutputPathTests
{
    [Fact]
    public void Compose_PackageInMissingFolder_ExitTwoNamesFolder()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var missing = Path.Combine(dir.Path, "missing");
        var fsp = Path.Combine(missing, "gateway.fsp");

        var (code, stdout, stderr) = CliRunner.Run("compose", "-s", $"products={products}", "-o", fsp);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"error {fsp}: cannot write: directory '{missing}' does not exist.\n", stderr);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Compose_SupergraphOutInMissingFolder_WritesNoPackage()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var fsp = Path.Combine(dir.Path, "gateway.fsp");
        var missing = Path.Combine(dir.Path, "missing");
        var sg = Path.Combine(missing, "supergraph.graphql");

        var (code, _, stderr) = CliRunner.Run("compose", "-s", $"products={products}", "-o", fsp, "--supergraph-out", sg);

        Assert.Equal(2, code);
        Assert.Equal($"error {sg}: cannot write: directory '{missing}' does not exist.\n", stderr);
        Assert.False(File.Exists(fsp));
        Assert.Equal([products], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Compose_ApiSchemaOutInMissingFolder_ExitTwo()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);
        var fsp = Path.Combine(dir.Path, "gateway.fsp");
        var missing = Path.Combine(dir.Path, "missing");
        var api = Path.Combine(missing, "api.graphql");

        var (code, _, stderr) = CliRunner.Run("compose", "-s", $"products={products}", "-o", fsp, "--api-schema-out", api);

        Assert.Equal(2, code);
        Assert.Equal($"error {api}: cannot write: directory '{missing}' does not exist.\n", stderr);
        Assert.False(File.Exists(fsp));
    }

    [Fact]
    public void Compose_OutputIsDirectory_ExitTwo()
    {
        using var dir = new CliRunner.TempDir();
        var products = dir.File("products.graphql", Schemas.Products);

        var (code, _, stderr) = CliRunner.Run("compose", "-s", $"products={products}", "-o", dir.Path);

        Assert.Equal(2, code);
        Assert.Equal($"error {dir.Path}: is a directory, not a file.\n", stderr);
    }

    [Fact]
    public void SubgraphPack_OutputInMissingFolder_ExitTwoNamesFolder()
    {
        using var dir = new CliRunner.TempDir();
        var schema = dir.File("products.graphql", Schemas.Products);
        var missing = Path.Combine(dir.Path, "missing");
        var zip = Path.Combine(missing, "products.zip");

        var (code, stdout, stderr) = CliRunner.Run("subgraph", "pack", "--name", "products", "--url", "http://p/graphql", "--schema", schema, "-o", zip);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal($"error {zip}: cannot write: directory '{missing}' does not exist.\n", stderr);
    }

    [Fact]
    public void SubgraphPack_OutputIsDirectory_ExitTwo()
    {
        using var dir = new CliRunner.TempDir();
        var schema = dir.File("products.graphql", Schemas.Products);

        var (code, _, stderr) = CliRunner.Run("subgraph", "pack", "--name", "products", "--url", "http://p/graphql", "--schema", schema, "-o", dir.Path);

        Assert.Equal(2, code);
        Assert.Equal($"error {dir.Path}: is a directory, not a file.\n", stderr);
    }
}
