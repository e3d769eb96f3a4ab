namespace GraphGateway.Cli.Tests;

/// <summary>A missing input file given by a relative path is reported by its full resolved path.</summary>
public sealed class MissingFilePathTests
{
    [Fact]
    public void Serve_RelativeMissingSupergraph_NamesFullPath()
    {
        var full = Path.GetFullPath("gg-missing-gateway.fsp");

        var (code, _, stderr) = CliRunner.Run("serve", "--supergraph", "gg-missing-gateway.fsp", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Equal($"graphgateway serve: invalid configuration:\n  GraphGateway:Supergraph:Path: file '{full}' does not exist.\n", stderr);
    }

    [Fact]
    public void Compose_RelativeMissingSchema_NamesFullPath()
    {
        using var dir = new CliRunner.TempDir();
        var full = Path.GetFullPath("gg-missing-products.graphql");

        var (code, _, stderr) = CliRunner.Run("compose", "-s", "products=gg-missing-products.graphql", "-o", Path.Combine(dir.Path, "g.fsp"));

        Assert.Equal(2, code);
        Assert.Equal($"error subgraph \"products\": schema file '{full}' not found.\n", stderr);
    }

    [Fact]
    public void Compose_RelativeMissingSubgraphPackage_NamesFullPath()
    {
        using var dir = new CliRunner.TempDir();
        var full = Path.GetFullPath("gg-missing-products.zip");

        var (code, _, stderr) = CliRunner.Run("compose", "--subgraph-package", "gg-missing-products.zip", "-o", Path.Combine(dir.Path, "g.fsp"));

        Assert.Equal(2, code);
        Assert.Equal($"error {full}: subgraph package file not found.\n", stderr);
    }

    [Fact]
    public void Plan_RelativeMissingSupergraph_NamesFullPath()
    {
        var full = Path.GetFullPath("gg-missing-gateway.fsp");

        var (code, _, stderr) = CliRunner.Run("plan", "--supergraph", "gg-missing-gateway.fsp", "--query", "q.graphql");

        Assert.Equal(1, code);
        Assert.Equal($"graphgateway plan: {full}: supergraph file not found.\n", stderr);
    }
}
