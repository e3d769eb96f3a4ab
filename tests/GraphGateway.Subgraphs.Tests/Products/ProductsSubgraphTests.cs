using System.Net;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Products;

/// <summary>Queries and <c>_entities</c> batches of the products subgraph against its seed data.</summary>
public sealed class ProductsSubgraphTests : IAsyncLifetime
{
    private readonly SubgraphFactory<ProductsSubgraph> factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await this.factory.DisposeAsync();

    [Fact]
    public async Task TopProducts_FirstThree_ReturnsMostExpensiveFirst()
    {
        var (status, body) = await PostAsync(this.factory.CreateClient(), "{ topProducts(first: 3) { upc name price } }");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"data":{"topProducts":[
              {"upc":"P0875","name":"Modular Watch 875","price":20374},
              {"upc":"P0729","name":"Smart Keyboard 729","price":20372},
              {"upc":"P0583","name":"Ultra Watch 583","price":20370}]}}
            """, body);
    }

    [Fact]
    public async Task TopProducts_DefaultFirst_ReturnsFive()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), "{ topProducts { upc } }");

        AssertJson("""
            {"data":{"topProducts":[{"upc":"P0875"},{"upc":"P0729"},{"upc":"P0583"},{"upc":"P0437"},{"upc":"P0291"}]}}
            """, body);
    }

    [Fact]
    public async Task Products_CategoryAndMaxPriceFilter_ReturnsFirstPageAndTotal()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "query($f: ProductFilter) { products(first: 2, filter: $f) { totalCount edges { cursor node { upc price category } } pageInfo { hasNextPage endCursor } } }",
            new { f = new { category = "OFFICE", maxPrice = 3000 } });

        AssertJson("""
            {"data":{"products":{"totalCount":27,"edges":[
              {"cursor":"Y3Vyc29yOlAwMDAz","node":{"upc":"P0003","price":910,"category":"OFFICE"}},
              {"cursor":"Y3Vyc29yOlAwMDA4","node":{"upc":"P0008","price":1595,"category":"OFFICE"}}],
              "pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOlAwMDA4"}}}}
            """, body);
    }

    [Fact]
    public async Task Products_FirstAboveLimit_ReturnsBadUserInputError()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), "{ products(first: 101) { totalCount } }");

        AssertJson("""
            {"errors":[{"message":"Argument 'first' must be between 0 and 100; got 101.","locations":[{"line":1,"column":3}],"path":["products"],"extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"]}}],"data":null}
            """, body);
    }

    [Fact]
    public async Task Entities_UpcSkuCompoundKeyInterfaceAndMissing_ResolveInOrder()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            """
            query($r: [_Any!]!) { _entities(representations: $r) { __typename
              ... on Product { upc sku name dimensions { size weight } variants { color } createdBy { id } createdAt inStock lowStock }
              ... on ProductVariant { productUpc color priceDelta product { upc } } } }
            """,
            new
            {
                r = new object[]
                {
                    new { __typename = "Product", upc = "P0001" },
                    new { __typename = "Product", sku = "SKU-0002" },
                    new { __typename = "ProductVariant", productUpc = "P0002", color = "BLUE" },
                    new { __typename = "Item", upc = "P0003" },
                    new { __typename = "ProductVariant", productUpc = "P0001", color = "GREEN" },
                },
            });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"Product","upc":"P0001","sku":"SKU-0001","name":"Deluxe Backpack 1","dimensions":{"size":"M","weight":153},"variants":[{"color":"WHITE"},{"color":"RED"}],"createdBy":{"id":"8"},"createdAt":"2024-01-01T03:00:00Z","inStock":true,"lowStock":false},
              {"__typename":"Product","upc":"P0002","sku":"SKU-0002","name":"Eco Backpack 2","dimensions":{"size":"L","weight":206},"variants":[{"color":"RED"},{"color":"BLUE"},{"color":"GREEN"}],"createdBy":{"id":"15"},"createdAt":"2024-01-01T06:00:00Z","inStock":true,"lowStock":false},
              {"__typename":"ProductVariant","productUpc":"P0002","color":"BLUE","priceDelta":250,"product":{"upc":"P0002"}},
              {"__typename":"Product","upc":"P0003","sku":"SKU-0003","name":"Foldable Backpack 3","dimensions":{"size":"XL","weight":259},"variants":[{"color":"BLUE"}],"createdBy":{"id":"22"},"createdAt":"2024-01-01T09:00:00Z","inStock":true,"lowStock":false},
              null]}}
            """, body);
    }

    [Fact]
    public async Task Variant_CompoundKeyArguments_ReturnsVariant()
    {
        var (_, body) = await GetAsync(this.factory.CreateClient(), """{ variant(productUpc: "P0005", color: RED) { productUpc color priceDelta } }""");

        AssertJson("""{"data":{"variant":{"productUpc":"P0005","color":"RED","priceDelta":500}}}""", body);
    }
}
