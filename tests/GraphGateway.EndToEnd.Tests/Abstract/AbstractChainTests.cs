using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Abstract;

/// <summary>Abstract types whose concrete fields need further hops (requires, other subgraphs).</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class AbstractChainTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Wishlist_InterfaceObjectThenProductFieldsFromInventoryAndReviews_FourSubgraphs()
    {
        var body = await this.Host.QueryAsync("""
            { user(id: "3") { wishlist { ... on Item { upc } ... on Product { quantity reviews(first: 1) { rating author { username } } } } } }
            """);

        AssertJson("""
            {"data":{"user":{"wishlist":[{"upc":"P0040","quantity":10,"reviews":[{"rating":5,"author":{"username":"user240"}}]},
              {"upc":"P0141","quantity":39,"reviews":[{"rating":1,"author":{"username":"user014"}}]},
              {"upc":"P0242","quantity":18,"reviews":[{"rating":4,"author":{"username":"user369"}}]}]}}}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Search_UnionWithRequiresOnProductAndHopOnReviewAuthor_AllFourSubgraphs()
    {
        var body = await this.Host.QueryAsync("""
            { search(text: "value", first: 2) { ... on Product { upc shippingEstimate d: deliveryEstimate(zip: "94105") { days } } ... on Review { author { username role } } } }
            """);

        AssertJson("""
            {"data":{"search":[{"author":{"username":"user463","role":"CUSTOMER"}},{"author":{"username":"user487","role":"CUSTOMER"}},
              {"upc":"P0758","shippingEstimate":349,"d":{"days":5}},{"upc":"P0353","shippingEstimate":499,"d":{"days":5}}]}}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"_entities":[{"shippingEstimate":349,"d":{"days":5}}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "Product", upc: "P0758", price: 4345, weight: 274, dimensions: {size: "L", weight: 274}}])
              { ... on Product { shippingEstimate d: deliveryEstimate(zip: "94105") { days } } } }
            """));
    }

    [Fact]
    public async Task ReviewProductShippingEstimate_RequirementsFetchedFromProductsFirst_ThreeSubgraphsInSequence()
    {
        var body = await this.Host.QueryAsync("""{ review(id: "1") { product { upc shippingEstimate } } }""");

        AssertJson("""{"data":{"review":{"product":{"upc":"P0920","shippingEstimate":499}}}}""", body);
        Assert.Equal("inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
        Assert.Contains("""{"__typename":"Product","upc":"P0920","price":6539,"weight":3860}""", Assert.Single(this.Host.Traffic.Bodies("inventory")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProductCreatedByReviewsProduct_ProductsAccountsReviewsProducts_ReturnsToProducts()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { createdBy { username reviews(first: 1) { product { name } } } } }""");

        AssertJson("""{"data":{"product":{"createdBy":{"username":"user008","reviews":[{"product":{"name":"Quiet Mouse 757"}}]}}}}""", body);
        Assert.Equal("accounts=1,products=2,reviews=1", this.Host.Traffic.Counts());
    }
}
