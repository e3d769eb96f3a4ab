namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class InventorySubgraphTests
{
    [Fact]
    public async Task Entities_RepresentationsWithRequiredFields_ReturnStockAndNullShippingEstimate()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "inventory",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc inStock shippingEstimate } } }",
            new
            {
                r = new object[]
                {
                    new { __typename = "Product", upc = "1", price = 899, weight = 100 },
                    new { __typename = "Product", upc = "2", price = 1299, weight = 1000 },
                },
            });

        Assert.Equal(
            """{"data":{"_entities":[{"upc":"1","inStock":true,"shippingEstimate":null},{"upc":"2","inStock":false,"shippingEstimate":null}]}}""",
            body);
    }

    [Fact]
    public async Task ServiceSdl_Inventory_DeclaresRequiresAndExternal()
    {
        var (_, body) = await BenchServer.Shared.PostAsync("inventory", "{ _service { sdl } }");

        Assert.Contains(
            "type Product @key(fields: \"upc\") {\n  upc: String!\n  weight: Int @external\n  price: Int @external\n  inStock: Boolean\n  shippingEstimate: Int @requires(fields: \"price weight\")\n}",
            Json.StringAt(body, "data", "_service", "sdl"));
    }
}
