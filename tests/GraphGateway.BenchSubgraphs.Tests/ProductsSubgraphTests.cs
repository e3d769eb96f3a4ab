namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class ProductsSubgraphTests
{
    [Fact]
    public async Task TopProducts_DefaultFirst_ReturnsFirstFiveProducts()
    {
        var (_, body) = await BenchServer.Shared.PostAsync("products", "{ topProducts { upc name price weight } }");

        Assert.Equal(
            """{"data":{"topProducts":[{"upc":"1","name":"Table","price":899,"weight":100},{"upc":"2","name":"Couch","price":1299,"weight":1000},{"upc":"3","name":"Glass","price":15,"weight":20},{"upc":"4","name":"Chair","price":499,"weight":100},{"upc":"5","name":"TV","price":1299,"weight":1000}]}}""",
            body);
    }

    [Fact]
    public async Task TopProducts_FirstTwo_ReturnsTwoProducts()
    {
        var (_, body) = await BenchServer.Shared.PostAsync("products", "{ topProducts(first: 2) { upc } }");

        Assert.Equal("""{"data":{"topProducts":[{"upc":"1"},{"upc":"2"}]}}""", body);
    }

    [Fact]
    public async Task Entities_ProductRepresentations_ReturnNamePriceWeight()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "products",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc name price weight } } }",
            new { r = new object[] { new { __typename = "Product", upc = "8" }, new { __typename = "Product", upc = "42" } } });

        Assert.Equal("""{"data":{"_entities":[{"upc":"8","name":"Fridge","price":100000,"weight":6000},null]}}""", body);
    }
}
