using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Products;

namespace GraphGateway.Subgraphs.Tests.Http;

/// <summary>Settings are validated when the service starts (before it listens), with a message naming the setting.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("-5")]
    [InlineData("lots")]
    public async Task Start_InvalidMaxRequestBytes_FailsNamingTheSetting(string value)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"gg-config-test-{Guid.NewGuid():N}.db");
        await using var app = SubgraphApplication.Build(new ProductsSubgraph(),
            ["--urls", "http://127.0.0.1:0", $"--{SubgraphOptions.MaxRequestBytesKey}={value}", $"--{SubgraphOptions.DatabasePathKey}={databasePath}"]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => app.StartAsync());

        Assert.Equal($"Setting 'GraphQL:MaxRequestBytes' must be a positive whole number of bytes; got '{value}'.", error.Message);
        Assert.False(File.Exists(databasePath));
    }
}
