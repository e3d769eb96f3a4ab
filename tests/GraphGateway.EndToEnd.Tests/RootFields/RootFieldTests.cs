using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.RootFields;

/// <summary>Root fields of several subgraphs in one operation, fetched in parallel, and root-level nulls.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class RootFieldTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task RootFields_OneFromEachSubgraph_MergedInClientOrderWithOneRequestPerSubgraph()
    {
        var body = await this.Host.QueryAsync("""
            { user(id: "7") { username name role } product(upc: "P0001") { name price }
              outOfStockProducts(first: 2) { upc quantity } review(id: "1") { rating body } }
            """);

        AssertJson("""
            {"data":{"user":{"username":"user007","name":"Grace Sutherland","role":"CUSTOMER"},
              "product":{"name":"Deluxe Backpack 1","price":636},
              "outOfStockProducts":[{"upc":"P0050","quantity":0},{"upc":"P0100","quantity":0}],
              "review":{"rating":4,"body":"Exactly what I needed."}}}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());

        // Cross-check: the same root fields asked of each subgraph directly.
        AssertJson("""{"data":{"review":{"rating":4,"body":"Exactly what I needed."}}}""",
            await this.Host.QuerySubgraphAsync("reviews", """{ review(id: "1") { rating body } }"""));
        AssertJson("""{"data":{"outOfStockProducts":[{"upc":"P0050","quantity":0},{"upc":"P0100","quantity":0}]}}""",
            await this.Host.QuerySubgraphAsync("inventory", "{ outOfStockProducts(first: 2) { upc quantity } }"));
        AssertJson("""{"data":{"user":{"username":"user007","name":"Grace Sutherland","role":"CUSTOMER"}}}""",
            await this.Host.QuerySubgraphAsync("accounts", """{ user(id: "7") { username name role } }"""));
    }

    [Fact]
    public async Task TopProducts_ReadmeWalkThrough_TouchesAllFourSubgraphs()
    {
        var body = await this.Host.QueryAsync(
            "{ topProducts(first: 2) { upc name price inStock quantity reviews(first: 1) { rating author { username role } } } }");

        AssertJson("""
            {"data":{"topProducts":[
              {"upc":"P0875","name":"Modular Watch 875","price":20374,"inStock":true,"quantity":25,
               "reviews":[{"rating":2,"author":{"username":"user006","role":"CUSTOMER"}}]},
              {"upc":"P0729","name":"Smart Keyboard 729","price":20372,"inStock":true,"quantity":41,
               "reviews":[{"rating":4,"author":{"username":"user188","role":"CUSTOMER"}}]}]}}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task RootFields_UnknownIds_NullWithoutErrors()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P9999") { name } user(id: "9999") { name } review(id: "0") { body } }""");

        AssertJson("""{"data":{"product":null,"user":null,"review":null}}""", body);
        Assert.Equal("accounts=1,products=1,reviews=1", this.Host.Traffic.Counts());
    }
}
