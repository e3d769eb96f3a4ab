using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Abstract;

/// <summary>The union SearchResult, the interface Node and the entity interface Item with @interfaceObject.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class AbstractTypeTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Search_UnionMembersFromReviewsAndProducts_TypeConditionsApplied()
    {
        var body = await this.Host.QueryAsync("""
            { search(text: "value", first: 4) { __typename ... on Review { id rating } ... on Product { upc name price } } }
            """);

        AssertJson("""
            {"data":{"search":[{"__typename":"Review","id":"3","rating":5},{"__typename":"Review","id":"8","rating":3},
              {"__typename":"Review","id":"11","rating":3},{"__typename":"Review","id":"20","rating":5},
              {"__typename":"Product","upc":"P0758","name":"Rugged Mouse 758","price":4345},{"__typename":"Product","upc":"P0353","name":"Rugged Chair 353","price":8860},
              {"__typename":"Product","upc":"P0110","name":"Modular Kettle 110","price":15569},{"__typename":"Product","upc":"P0381","name":"Portable Drone 381","price":12696}]}}
            """, body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""
            {"data":{"search":[{"__typename":"Review","id":"3","rating":5,"product":{"upc":"P0758"}},{"__typename":"Review","id":"8","rating":3,"product":{"upc":"P0353"}},
              {"__typename":"Review","id":"11","rating":3,"product":{"upc":"P0110"}},{"__typename":"Review","id":"20","rating":5,"product":{"upc":"P0381"}},
              {"__typename":"Product","upc":"P0758"},{"__typename":"Product","upc":"P0353"},{"__typename":"Product","upc":"P0110"},{"__typename":"Product","upc":"P0381"}]}}
            """, await this.Host.QuerySubgraphAsync("reviews", """
            { search(text: "value", first: 4) { __typename ... on Review { id rating product { upc } } ... on Product { upc } } }
            """));
    }

    [Fact]
    public async Task Search_OnlyProductConditionWithoutTypename_ReviewsBecomeEmptyObjects()
    {
        var body = await this.Host.QueryAsync("""{ search(text: "value", first: 2) { ... on Product { name } } }""");

        AssertJson("""{"data":{"search":[{},{},{"name":"Rugged Mouse 758"},{"name":"Rugged Chair 353"}]}}""", body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Node_InterfaceImplementedAcrossSubgraphs_UserFieldsFromAccountsAndReviews()
    {
        var body = await this.Host.QueryAsync("""
            { node(id: "5") { __typename id ... on User { username reviews(first: 1) { id rating } } ... on Review { body } } }
            """);

        AssertJson("""{"data":{"node":{"__typename":"User","id":"5","username":"user005","reviews":[{"id":"4888","rating":1}]}}}""", body);
        Assert.Equal("accounts=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"review":{"rating":1,"author":{"id":"5"}}}}""", await this.Host.QuerySubgraphAsync("reviews", """{ review(id: "4888") { rating author { id } } }"""));
    }

    [Fact]
    public async Task UserWishlist_InterfaceObjectItems_ResolvedToProductThroughProducts()
    {
        var body = await this.Host.QueryAsync("""
            { user(id: "3") { wishlist { __typename upc name wishlistCount ... on Product { price } } } }
            """);

        AssertJson("""
            {"data":{"user":{"wishlist":[{"__typename":"Product","upc":"P0040","name":"Solar Camera 40","wishlistCount":2,"price":5979},
              {"__typename":"Product","upc":"P0141","name":"Portable Monitor 141","wishlistCount":1,"price":19816},
              {"__typename":"Product","upc":"P0242","name":"Eco Toaster 242","wishlistCount":1,"price":13653}]}}}
            """, body);
        Assert.Equal("accounts=1,products=1", this.Host.Traffic.Counts());

        // Accounts alone only knows the interface object "Item".
        AssertJson("""
            {"data":{"user":{"wishlist":[{"__typename":"Item","upc":"P0040","wishlistCount":2},{"__typename":"Item","upc":"P0141","wishlistCount":1},{"__typename":"Item","upc":"P0242","wishlistCount":1}]}}}
            """, await this.Host.QuerySubgraphAsync("accounts", """{ user(id: "3") { wishlist { __typename upc wishlistCount } } }"""));
    }

    [Fact]
    public async Task ProductWishlistCount_AddedByInterfaceObject_FetchedFromAccounts()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0010") { wishlistCount name } }""");

        AssertJson("""{"data":{"product":{"wishlistCount":1,"name":"Solar Backpack 10"}}}""", body);
        Assert.Equal("accounts=1,products=1", this.Host.Traffic.Counts());
        Assert.Contains("\"__typename\":\"Item\"", Assert.Single(this.Host.Traffic.Bodies("accounts")), StringComparison.Ordinal);
        AssertJson("""{"data":{"_entities":[{"wishlistCount":1}]}}""", await this.Host.QuerySubgraphAsync("accounts",
            """{ _entities(representations: [{__typename: "Item", upc: "P0010"}]) { ... on Item { wishlistCount } } }"""));
    }
}
