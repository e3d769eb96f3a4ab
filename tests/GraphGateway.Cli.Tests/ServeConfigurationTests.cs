namespace GraphGateway.Cli.Tests;

/// <summary><c>graphgateway serve</c> with settings that cannot be bound: one line naming the setting, exit 1.</summary>
public sealed class ServeConfigurationTests
{
    [Fact]
    public void Serve_MaxRequestBytesNotANumber_ExitOneNamesSetting()
    {
        var (code, _, stderr) = CliRunner.RunWithEnvironment(
            new Dictionary<string, string> { ["GraphGateway__Limits__MaxRequestBytes"] = "abc" }, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Equal(
            "graphgateway serve: invalid configuration: Failed to convert configuration value 'abc' at 'GraphGateway:Limits:MaxRequestBytes' to type 'System.Int64'.\n",
            stderr);
    }

    [Fact]
    public void Serve_SubgraphTimeoutNotATimeSpan_ExitOneNamesSetting()
    {
        var (code, _, stderr) = CliRunner.RunWithEnvironment(
            new Dictionary<string, string> { ["GraphGateway__Subgraphs__products__Timeout"] = "abc" }, "serve", "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, code);
        Assert.Equal(
            "graphgateway serve: invalid configuration: Failed to convert configuration value 'abc' at 'GraphGateway:Subgraphs:products:Timeout' to type 'System.TimeSpan'.\n",
            stderr);
    }
}
