using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Mutations;

/// <summary>Mutations through the gateway, each test on fresh databases, and @override after stock changes.</summary>
public sealed class MutationTests : IAsyncLifetime
{
    private GatewayHost host = null!;

    public async Task InitializeAsync() => this.host = await GatewayHost.StartAsync();

    public async Task DisposeAsync() => await this.host.DisposeAsync();

    [Fact]
    public async Task Mutation_AddReviewUpdateStockAddReview_RunInDocumentOrderAndReadBack()
    {
        var body = await this.host.QueryAsync("""
            mutation($input: AddReviewInput!) {
              first: addReview(input: $input) { id rating body createdAt author { username name } product { name } }
              updateStock(upc: "P0001", quantity: 0) { upc quantity inStock }
              second: addReview(input: {productUpc: "P0001", authorId: "8", rating: 2, body: "Arrived late."}) { id createdAt author { username } }
            }
            """, new { input = new { productUpc = "P0001", authorId = "7", rating = 5, body = "Sturdy and light." } });

        AssertJson("""
            {"data":{"first":{"id":"5001","rating":5,"body":"Sturdy and light.","createdAt":"2024-07-27T09:00:00Z",
                "author":{"username":"user007","name":"Grace Sutherland"},"product":{"name":"Deluxe Backpack 1"}},
              "updateStock":{"upc":"P0001","quantity":0,"inStock":false},
              "second":{"id":"5002","createdAt":"2024-07-27T10:00:00Z","author":{"username":"user008"}}}}
            """, body);
        Assert.Equal("inventory=1,products=1,reviews=2", this.host.Traffic.Counts());

        // Root mutation fields run one after another, in document order (GraphQL spec §6.2.2).
        Assert.Equal(["reviews:first: addReview", "inventory:updateStock", "reviews:second: addReview"], this.host.Traffic.MutationRootFields());

        var readBack = await this.host.QueryAsync("""
            { product(upc: "P0001") { name inStock quantity reviews(first: 2) { id rating body author { username role } } } }
            """);
        AssertJson("""
            {"data":{"product":{"name":"Deluxe Backpack 1","inStock":false,"quantity":0,"reviews":[
              {"id":"5002","rating":2,"body":"Arrived late.","author":{"username":"user008","role":"CUSTOMER"}},
              {"id":"5001","rating":5,"body":"Sturdy and light.","author":{"username":"user007","role":"CUSTOMER"}}]}}}
            """, readBack);
    }

    [Fact]
    public async Task InStock_AfterUpdateStockToZero_InventoryWinsOverProductsLegacyValue()
    {
        await this.host.QueryAsync("""mutation { updateStock(upc: "P0003", quantity: 0) { quantity } }""");

        var body = await this.host.QueryAsync("""{ product(upc: "P0003") { inStock quantity } }""");

        AssertJson("""{"data":{"product":{"inStock":false,"quantity":0}}}""", body);

        // Products still holds its legacy copy; the gateway must not answer from it.
        AssertJson("""{"data":{"product":{"inStock":true}}}""", await this.host.QuerySubgraphAsync("products", """{ product(upc: "P0003") { inStock } }"""));
    }

    [Fact]
    public async Task LowStock_ProgressiveOverridePercent50_EachRequestAnsweredByOneSubgraph()
    {
        // After the update inventory says lowStock = true (quantity 0 < 5) while products' legacy copy says false (37),
        // so every answer shows which subgraph the rolled label chose. 40 requests at 50 % see both (p(miss) = 2^-39).
        await this.host.QueryAsync("""mutation { updateStock(upc: "P0003", quantity: 0) { quantity } }""");
        AssertJson("""{"data":{"product":{"lowStock":false}}}""", await this.host.QuerySubgraphAsync("products", """{ product(upc: "P0003") { lowStock } }"""));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 40; i++)
        {
            var body = await this.host.QueryAsync("""{ product(upc: "P0003") { lowStock } }""");
            var counts = this.host.Traffic.Counts();
            if (body == """{"data":{"product":{"lowStock":true}}}""")
            {
                Assert.Equal("inventory=1,products=1", counts);
            }
            else
            {
                AssertJson("""{"data":{"product":{"lowStock":false}}}""", body);
                Assert.Equal("products=1", counts);
            }

            seen.Add(body);
        }

        Assert.Equal(2, seen.Count);
    }
}
