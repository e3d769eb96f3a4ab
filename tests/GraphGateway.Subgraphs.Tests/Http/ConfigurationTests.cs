using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Tests.Infrastructure;

namespace GraphGateway.Subgraphs.Tests.Http;

/// <summary>Settings are validated when the service starts, with a message naming the setting.</summary>
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("-5")]
    [InlineData("lots")]
    public async Task Start_InvalidMaxRequestBytes_FailsNamingTheSetting(string value)
    {
        await using var factory = new SubgraphFactory<ProductsSubgraph>(new Dictionary<string, string> { [SubgraphOptions.MaxRequestBytesKey] = value });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Equal($"Setting 'GraphQL:MaxRequestBytes' must be a positive whole number of bytes; got '{value}'.", error.Message);
    }
}
