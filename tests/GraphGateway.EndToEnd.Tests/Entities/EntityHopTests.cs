using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Entities;

/// <summary>Entity fetches by single key, compound key and across chains of subgraphs.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class EntityHopTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Product_SingleKeyUpcHopToInventory_MergesStockFields()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0003") { name quantity warehouse } }""");

        AssertJson("""{"data":{"product":{"name":"Foldable Backpack 3","quantity":37,"warehouse":"WH-1"}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
        Assert.Contains("\"representations\":[{\"__typename\":\"Product\",\"upc\":\"P0003\"}]", string.Concat(this.Host.Traffic.Bodies("inventory")), StringComparison.Ordinal);
        AssertJson("""{"data":{"_entities":[{"quantity":37,"warehouse":"WH-1"}]}}""", await this.Host.QuerySubgraphAsync("inventory",
            """{ _entities(representations: [{__typename: "Product", upc: "P0003"}]) { ... on Product { quantity warehouse } } }"""));
    }

    [Fact]
    public async Task Variant_CompoundKeyProductUpcAndColor_QuantityFromInventory()
    {
        var body = await this.Host.QueryAsync("""
            { variant(productUpc: "P0002", color: RED) { productUpc color priceDelta quantity product { upc name } } }
            """);

        AssertJson("""
            {"data":{"variant":{"productUpc":"P0002","color":"RED","priceDelta":0,"quantity":14,"product":{"upc":"P0002","name":"Eco Backpack 2"}}}}
            """, body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task ProductVariants_CompoundKeyList_OneBatchedEntityRequest()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0002") { variants { color priceDelta quantity } } }""");

        AssertJson("""
            {"data":{"product":{"variants":[{"color":"RED","priceDelta":0,"quantity":14},{"color":"BLUE","priceDelta":250,"quantity":10},{"color":"GREEN","priceDelta":500,"quantity":6}]}}}
            """, body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());

        // Cross-check against each subgraph directly.
        AssertJson("""{"data":{"product":{"variants":[{"color":"RED","priceDelta":0},{"color":"BLUE","priceDelta":250},{"color":"GREEN","priceDelta":500}]}}}""",
            await this.Host.QuerySubgraphAsync("products", """{ product(upc: "P0002") { variants { color priceDelta } } }"""));
        AssertJson("""{"data":{"_entities":[{"quantity":14},{"quantity":10},{"quantity":6}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "ProductVariant", productUpc: "P0002", color: "RED"},
              {__typename: "ProductVariant", productUpc: "P0002", color: "BLUE"}, {__typename: "ProductVariant", productUpc: "P0002", color: "GREEN"}])
              { ... on ProductVariant { quantity } } }
            """));
    }

    [Fact]
    public async Task ReviewProduct_SecondKeySkuAndName_FromProducts()
    {
        // Only products knows sku (its second key, @key(fields: "sku")); the hop from reviews goes by upc.
        var body = await this.Host.QueryAsync("""{ review(id: "1") { product { upc sku name } } }""");

        AssertJson("""{"data":{"review":{"product":{"upc":"P0920","sku":"SKU-0920","name":"Modular Blender 920"}}}}""", body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"_entities":[{"upc":"P0920","sku":"SKU-0920","name":"Modular Blender 920"}]}}""", await this.Host.QuerySubgraphAsync("products",
            """{ _entities(representations: [{__typename: "Product", sku: "SKU-0920"}]) { ... on Product { upc sku name } } }"""));
    }

    [Fact]
    public async Task ReviewAuthorReviewsProduct_ChainAcrossFourSubgraphs_MergesEveryLevel()
    {
        var body = await this.Host.QueryAsync("""
            { review(id: "1") { author { username role reviews(first: 1) { id product { name quantity } } } } }
            """);

        AssertJson("""
            {"data":{"review":{"author":{"username":"user411","role":"CUSTOMER","reviews":[{"id":"4950","product":{"name":"Portable Chair 51","quantity":29}}]}}}}
            """, body);
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"review":{"author":{"id":"411","username":"user411","reviews":[{"id":"4950","product":{"upc":"P0051"}}]}}}}""",
            await this.Host.QuerySubgraphAsync("reviews", """{ review(id: "1") { author { id username reviews(first: 1) { id product { upc } } } } }"""));
    }

    [Fact]
    public async Task TopProductsCreatedBy_ResolvableFalseUserKey_ResolvedByAccountsInOneBatch()
    {
        var body = await this.Host.QueryAsync("{ topProducts(first: 3) { upc createdBy { id username } } }");

        AssertJson("""
            {"data":{"topProducts":[{"upc":"P0875","createdBy":{"id":"126","username":"user126"}},
              {"upc":"P0729","createdBy":{"id":"104","username":"user104"}},{"upc":"P0583","createdBy":{"id":"82","username":"user082"}}]}}
            """, body);
        Assert.Equal("accounts=1,products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task UserReviewsProduct_AccountsReviewsProducts_ThreeSubgraphsInSequence()
    {
        var body = await this.Host.QueryAsync("""{ user(id: "7") { username reviews(first: 2) { id rating product { name } } } }""");

        AssertJson("""
            {"data":{"user":{"username":"user007","reviews":[{"id":"4601","rating":2,"product":{"name":"Modular Blender 320"}},{"id":"4475","rating":4,"product":{"name":"Deluxe Thermos 526"}}]}}}
            """, body);
        Assert.Equal("accounts=1,products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"_entities":[{"reviews":[{"id":"4601","rating":2,"product":{"upc":"P0320"}},{"id":"4475","rating":4,"product":{"upc":"P0526"}}]}]}}""",
            await this.Host.QuerySubgraphAsync("reviews", """{ _entities(representations: [{__typename: "User", id: "7"}]) { ... on User { reviews(first: 2) { id rating product { upc } } } } }"""));
    }
}
