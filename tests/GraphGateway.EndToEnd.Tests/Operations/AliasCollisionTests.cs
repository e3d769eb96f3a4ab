using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Operations;

/// <summary>Client aliases that collide with the names of key and required fields or with the gateway's internal aliases.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class AliasCollisionTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Aliases_ClientSwapsRequiredFieldNames_RepresentationCarriesTheRealValues()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { price: weight weight: price shippingEstimate } }""");

        // P0001: price 636, weight 153; inventory's estimate for those is 349 (see RequiresProvidesTests).
        AssertJson("""{"data":{"product":{"price":153,"weight":636,"shippingEstimate":349}}}""", body);
        Assert.Contains("""{"__typename":"Product","upc":"P0001","price":636,"weight":153}""", Assert.Single(this.Host.Traffic.Bodies("inventory")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_ClientUsesInternalAliasPrefix_NoCollisionWithGatewayFields()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { _ggupc: name upc: price quantity } }""");

        AssertJson("""{"data":{"product":{"_ggupc":"Deluxe Backpack 1","upc":636,"quantity":29}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
        Assert.Contains("""{"__typename":"Product","upc":"P0001"}""", Assert.Single(this.Host.Traffic.Bodies("inventory")), StringComparison.Ordinal);
    }
}
