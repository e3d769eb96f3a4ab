using GraphGateway.Subgraphs.Inventory;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Inventory;

/// <summary>Requires-driven entity fields and stock mutations of the inventory subgraph.</summary>
public sealed class InventorySubgraphTests : IAsyncLifetime
{
    private const string EntitiesQuery = """
        query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Product {
          upc inStock lowStock quantity warehouse shippingEstimate deliveryEstimate(zip: "94105") { zip days expressAvailable } } } }
        """;

    private readonly SubgraphFactory<InventorySubgraph> factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await this.factory.DisposeAsync();

    [Fact]
    public async Task Entities_WithRequiredPriceWeightAndNestedDimensions_ComputesEstimates()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), EntitiesQuery, new
        {
            r = new object[]
            {
                new { __typename = "Product", upc = "P0001", price = 5000, weight = 1500, dimensions = new { size = "M", weight = 1500 } },
                new { __typename = "Product", upc = "P0002", price = 12000, weight = 2500, dimensions = new { size = "XL", weight = 2500 } },
                new { __typename = "Product", upc = "P9999" },
            },
        });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"Product","upc":"P0001","inStock":true,"lowStock":false,"quantity":29,"warehouse":"WH-2","shippingEstimate":399,"deliveryEstimate":{"zip":"94105","days":4,"expressAvailable":true}},
              {"__typename":"Product","upc":"P0002","inStock":true,"lowStock":false,"quantity":8,"warehouse":"WH-3","shippingEstimate":0,"deliveryEstimate":{"zip":"94105","days":8,"expressAvailable":false}},
              null]}}
            """, body);
    }

    [Fact]
    public async Task Entities_WithoutRequirements_ReturnsNullEstimates()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), EntitiesQuery, new { r = new object[] { new { __typename = "Product", upc = "P0003" } } });

        AssertJson("""
            {"data":{"_entities":[{"__typename":"Product","upc":"P0003","inStock":true,"lowStock":false,"quantity":37,"warehouse":"WH-1","shippingEstimate":null,"deliveryEstimate":null}]}}
            """, body);
    }

    [Fact]
    public async Task Entities_ProductVariantCompoundKey_ReturnsVariantStockOrNull()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on ProductVariant { productUpc color quantity } } }",
            new
            {
                r = new object[]
                {
                    new { __typename = "ProductVariant", productUpc = "P0002", color = "BLUE" },
                    new { __typename = "ProductVariant", productUpc = "P0002", color = "BLACK" },
                    new { __typename = "ProductVariant", productUpc = "P0001", color = "WHITE" },
                },
            });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"ProductVariant","productUpc":"P0002","color":"BLUE","quantity":10},
              null,
              {"__typename":"ProductVariant","productUpc":"P0001","color":"WHITE","quantity":7}]}}
            """, body);
    }

    [Fact]
    public async Task UpdateStock_ToZero_PersistsAndEntitiesSeeIt()
    {
        var client = this.factory.CreateClient();

        var (_, mutation) = await PostAsync(client, """mutation { updateStock(upc: "P0001", quantity: 0) { upc quantity inStock lowStock } }""");
        var (_, entities) = await PostAsync(client, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc quantity inStock } } }",
            new { r = new object[] { new { __typename = "Product", upc = "P0001" } } });

        AssertJson("""{"data":{"updateStock":{"upc":"P0001","quantity":0,"inStock":false,"lowStock":true}}}""", mutation);
        AssertJson("""{"data":{"_entities":[{"upc":"P0001","quantity":0,"inStock":false}]}}""", entities);
    }

    [Fact]
    public async Task UpdateStock_NegativeQuantity_ReturnsBadUserInputAndKeepsStock()
    {
        var client = this.factory.CreateClient();

        var (_, body) = await PostAsync(client, """mutation { updateStock(upc: "P0001", quantity: -1) { quantity } }""");
        var (_, after) = await PostAsync(client, "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { quantity } } }",
            new { r = new object[] { new { __typename = "Product", upc = "P0001" } } });

        AssertJson("""
            {"errors":[{"message":"Argument 'quantity' must be between 0 and 1000000; got -1.","locations":[{"line":1,"column":12}],"path":["updateStock"],"extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"]}}],"data":{"updateStock":null}}
            """, body);
        AssertJson("""{"data":{"_entities":[{"quantity":29}]}}""", after);
    }

    [Fact]
    public async Task UpdateStock_UnknownUpc_ReturnsNull()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), """mutation { updateStock(upc: "P9999", quantity: 3) { quantity } }""");

        AssertJson("""{"data":{"updateStock":null}}""", body);
    }

    [Fact]
    public async Task OutOfStockProducts_FirstThree_ReturnsEveryFiftiethProduct()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), "{ outOfStockProducts(first: 3) { upc quantity inStock } }");

        AssertJson("""
            {"data":{"outOfStockProducts":[{"upc":"P0050","quantity":0,"inStock":false},{"upc":"P0100","quantity":0,"inStock":false},{"upc":"P0150","quantity":0,"inStock":false}]}}
            """, body);
    }
}
