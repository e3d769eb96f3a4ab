using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Federation;

/// <summary>@requires, @provides, @shareable and plain @override on the sample schemas.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class RequiresProvidesTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task ShippingEstimate_RequiresPriceWeight_SentInRepresentations()
    {
        var body = await this.Host.QueryAsync("""
            { product(upc: "P0001") { price weight shippingEstimate } product2: product(upc: "P0002") { price weight shippingEstimate } }
            """);

        AssertJson("""
            {"data":{"product":{"price":636,"weight":153,"shippingEstimate":349},"product2":{"price":773,"weight":206,"shippingEstimate":349}}}
            """, body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());

        // Cross-check: inventory computes the same estimates from the required fields given directly.
        AssertJson("""{"data":{"_entities":[{"shippingEstimate":349},{"shippingEstimate":349}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "Product", upc: "P0001", price: 636, weight: 153},
              {__typename: "Product", upc: "P0002", price: 773, weight: 206}]) { ... on Product { shippingEstimate } } }
            """));
    }

    [Fact]
    public async Task ShippingEstimate_RequiredFieldsNotSelected_StillRequestedButNotWritten()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { shippingEstimate } }""");

        AssertJson("""{"data":{"product":{"shippingEstimate":349}}}""", body);
        var inventoryRequest = Assert.Single(this.Host.Traffic.Bodies("inventory"));
        Assert.Contains("\"price\":636", inventoryRequest, StringComparison.Ordinal);
        Assert.Contains("\"weight\":153", inventoryRequest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliveryEstimate_NestedRequiresWithArgumentVariable_ComputedFromDimensions()
    {
        var body = await this.Host.QueryAsync("""
            query($zip: String!) { product(upc: "P0001") { dimensions { size weight } deliveryEstimate(zip: $zip) { zip days expressAvailable } } }
            """, new { zip = "94105" });

        AssertJson("""
            {"data":{"product":{"dimensions":{"size":"M","weight":153},"deliveryEstimate":{"zip":"94105","days":4,"expressAvailable":true}}}}
            """, body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"_entities":[{"deliveryEstimate":{"zip":"94105","days":4,"expressAvailable":true}}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "Product", upc: "P0001", dimensions: {size: "M", weight: 153}}])
              { ... on Product { deliveryEstimate(zip: "94105") { zip days expressAvailable } } } }
            """));
    }

    [Fact]
    public async Task DeliveryEstimate_LiteralArgumentWithoutDimensionsSelected_ComputedFromDimensions()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0002") { deliveryEstimate(zip: "10001") { zip days expressAvailable } } }""");

        AssertJson("""{"data":{"product":{"deliveryEstimate":{"zip":"10001","days":3,"expressAvailable":false}}}}""", body);
        AssertJson("""{"data":{"_entities":[{"deliveryEstimate":{"zip":"10001","days":3,"expressAvailable":false}}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "Product", upc: "P0002", dimensions: {size: "L", weight: 206}}])
              { ... on Product { deliveryEstimate(zip: "10001") { zip days expressAvailable } } } }
            """));
    }

    [Fact]
    public async Task ReviewAuthorUsername_ProvidedByReviews_NoHopToAccounts()
    {
        var body = await this.Host.QueryAsync("""{ review(id: "2") { author { username } } }""");

        AssertJson("""{"data":{"review":{"author":{"username":"user021"}}}}""", body);
        Assert.Equal("reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"user":{"username":"user021"}}}""", await this.Host.QuerySubgraphAsync("accounts", """{ user(id: "21") { username } }"""));
    }

    [Fact]
    public async Task ReviewAuthorName_ShareableInReviews_StaysInReviews()
    {
        var body = await this.Host.QueryAsync("""{ review(id: "3") { author { name } } }""");

        AssertJson("""{"data":{"review":{"author":{"name":"Claude Turing"}}}}""", body);
        Assert.Equal("reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task ReviewAuthorNameAndRole_RoleOnlyInAccounts_OneHopForRole()
    {
        var body = await this.Host.QueryAsync("""{ review(id: "3") { author { name role } } }""");

        AssertJson("""{"data":{"review":{"author":{"name":"Claude Turing","role":"CUSTOMER"}}}}""", body);
        Assert.Equal("accounts=1,reviews=1", this.Host.Traffic.Counts());
        var accountsRequest = Assert.Single(this.Host.Traffic.Bodies("accounts"));
        Assert.DoesNotContain("name", accountsRequest.Replace("__typename", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InStock_OverriddenFromProducts_AnsweredByInventory()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0050") { inStock } }""");

        AssertJson("""{"data":{"product":{"inStock":false}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
        Assert.Contains("inStock", Assert.Single(this.Host.Traffic.Bodies("inventory")), StringComparison.Ordinal);
        Assert.DoesNotContain("inStock", Assert.Single(this.Host.Traffic.Bodies("products")), StringComparison.Ordinal);
    }
}
