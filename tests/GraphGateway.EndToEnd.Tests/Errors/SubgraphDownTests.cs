using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Errors;

/// <summary>A subgraph that cannot be reached: partial data, SUBGRAPH_REQUEST_FAILED, null propagation.</summary>
public sealed class SubgraphDownTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    public async Task InitializeAsync() => this.host = await GatewayHost.StartAsync(downSubgraphs: ["reviews", "inventory"]);

    public async Task DisposeAsync() => await this.host.DisposeAsync();

    [Fact]
    public async Task ReviewsDown_NullableFieldFromReviews_NullWithError()
    {
        var body = await this.host.QueryAsync("""{ product(upc: "P0001") { name averageRating } }""");

        AssertJson("""
            {"data":{"product":{"name":"Deluxe Backpack 1","averageRating":null}},
             "errors":[{"message":"HTTP fetch failed from 'reviews': Connection refused (test: subgraph is down).","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"reviews"}}]}
            """, body);
        Assert.Equal("products=1,reviews=1", this.host.Traffic.Counts());
    }

    [Fact]
    public async Task ReviewsDown_RootFieldOfReviews_NullBesideDataFromAccounts()
    {
        var body = await this.host.QueryAsync("""{ user(id: "1") { username } review(id: "1") { body } }""");

        AssertJson("""
            {"data":{"user":{"username":"user001"},"review":null},
             "errors":[{"message":"HTTP fetch failed from 'reviews': Connection refused (test: subgraph is down).","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"reviews"}}]}
            """, body);
        Assert.Equal("accounts=1,reviews=1", this.host.Traffic.Counts());
    }

    [Fact]
    public async Task InventoryDown_NonNullQuantity_NullsNearestNullableParent()
    {
        var body = await this.host.QueryAsync("""{ product(upc: "P0001") { name quantity } user(id: "2") { username } }""");

        AssertJson("""
            {"data":{"product":null,"user":{"username":"user002"}},
             "errors":[{"message":"HTTP fetch failed from 'inventory': Connection refused (test: subgraph is down).","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"inventory"}}]}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1", this.host.Traffic.Counts());
    }

    [Fact(Skip = "gateway bug: when a failed fetch's null propagates through a non-null list item (Product! in topProducts), ResponseWriter adds a second error \"Cannot return null for non-nullable field Query.topProducts.\" at [topProducts,0] (GraphQL spec §6.4.4 forbids it; the nullable-parent case adds none)")]
    public async Task InventoryDown_NonNullListItems_NullPropagatesToData()
    {
        var body = await this.host.QueryAsync("{ topProducts(first: 2) { name quantity } }");

        // GraphQL spec §6.4.4: a null caused by an error already in the list must not add further errors.
        AssertJson("""
            {"data":null,"errors":[{"message":"HTTP fetch failed from 'inventory': Connection refused (test: subgraph is down).","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"inventory"}}]}
            """, body);
    }
}
