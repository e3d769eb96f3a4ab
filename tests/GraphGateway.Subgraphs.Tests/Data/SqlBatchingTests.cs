using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Inventory;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Reviews;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Data;

/// <summary>
/// Counts the SQL commands behind <c>_entities</c> batches and nested lists: one query per entity type
/// per batch (whichever keys the representations use) and one query per nested list field, never one per item.
/// </summary>
public sealed class SqlBatchingTests
{
    private const string EntitiesQuery = "query($r: [_Any!]!) { _entities(representations: $r) { __typename {0} } }";

    [Fact]
    public async Task ProductsEntities_MixedKeysAndVariants_OneQueryPerEntityTypePlusOneForNestedVariants()
    {
        await using var factory = new SubgraphFactory<ProductsSubgraph>();
        var client = factory.CreateClient();
        var representations = Enumerable.Range(1, 10).Select(i => (object)new { __typename = "Product", upc = $"P{i:D4}" })
            .Concat(Enumerable.Range(11, 3).Select(i => (object)new { __typename = "Product", sku = $"SKU-{i:D4}" }))
            .Concat(new object[]
            {
                new { __typename = "ProductVariant", productUpc = "P0002", color = "RED" },
                new { __typename = "ProductVariant", productUpc = "P0002", color = "BLUE" },
                new { __typename = "ProductVariant", productUpc = "P0005", color = "BLACK" },
                new { __typename = "Item", upc = "P0020" },
            })
            .ToArray();
        factory.SqlCommands.Reset();

        var (_, body) = await PostAsync(client, Entities("... on Product { upc variants { color } } ... on ProductVariant { priceDelta }"), new { r = representations });

        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Equal(17, CountOccurrences(body, "\"__typename\""));
        var commands = factory.SqlCommands.Commands;
        Assert.Equal(3, commands.Count);
        Assert.Equal(1, commands.Count(c => c.Contains("FROM \"Products\"", StringComparison.Ordinal)));
        Assert.Equal(2, commands.Count(c => c.Contains("FROM \"Variants\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ProductsTopProducts_TwentyWithVariants_TwoQueries()
    {
        await using var factory = new SubgraphFactory<ProductsSubgraph>();
        var client = factory.CreateClient();
        factory.SqlCommands.Reset();

        var (_, body) = await PostAsync(client, "{ topProducts(first: 20) { upc variants { color product { name } } } }");

        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Equal(20, CountOccurrences(body, "\"upc\""));
        Assert.Equal(3, factory.SqlCommands.Commands.Count); // top products, their variants, the variants' products
    }

    [Fact]
    public async Task AccountsEntities_IdsUsernamesAndItems_OneQueryPerEntityTypeAndList()
    {
        await using var factory = new SubgraphFactory<AccountsSubgraph>();
        var client = factory.CreateClient();
        var representations = Enumerable.Range(1, 15).Select(i => (object)new { __typename = "User", id = i.ToString(System.Globalization.CultureInfo.InvariantCulture) })
            .Concat(Enumerable.Range(100, 5).Select(i => (object)new { __typename = "User", username = $"user{i:D3}" }))
            .Concat(Enumerable.Range(1, 5).Select(i => (object)new { __typename = "Item", upc = $"P{i:D4}" }))
            .ToArray();
        factory.SqlCommands.Reset();

        var (_, body) = await PostAsync(client, Entities("... on User { name wishlist { upc } } ... on Item { wishlistCount }"), new { r = representations });

        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Equal(25, CountOccurrences(body, "\"__typename\""));
        var commands = factory.SqlCommands.Commands;
        Assert.Equal(3, commands.Count); // users (both keys), wishlists of all users, wish counts of all items
        Assert.Equal(1, commands.Count(c => c.Contains("FROM \"Users\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InventoryEntities_FiftyProductsAndVariants_OneQueryPerEntityType()
    {
        await using var factory = new SubgraphFactory<InventorySubgraph>();
        var client = factory.CreateClient();
        var representations = Enumerable.Range(1, 50)
            .Select(i => (object)new { __typename = "Product", upc = $"P{i:D4}", price = 1000 * i, weight = 100 * i })
            .Concat(Enumerable.Range(1, 10).Select(i => (object)new { __typename = "ProductVariant", productUpc = $"P{i:D4}", color = "RED" }))
            .ToArray();
        factory.SqlCommands.Reset();

        var (_, body) = await PostAsync(client, Entities("... on Product { quantity inStock shippingEstimate } ... on ProductVariant { color }"), new { r = representations });

        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Equal(50, CountOccurrences(body, "\"quantity\""));
        var commands = factory.SqlCommands.Commands;
        Assert.Equal(2, commands.Count);
        Assert.Equal(1, commands.Count(c => c.Contains("FROM \"Stock\"", StringComparison.Ordinal)));
        Assert.Equal(1, commands.Count(c => c.Contains("FROM \"VariantStock\"", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReviewsEntities_TwentyProductsWithReviewsAndAuthors_OneQueryPerNestedList()
    {
        await using var factory = new SubgraphFactory<ReviewsSubgraph>();
        var client = factory.CreateClient();
        var representations = Enumerable.Range(1, 20).Select(i => new { __typename = "Product", upc = $"P{i:D4}" }).ToArray();
        factory.SqlCommands.Reset();

        var (_, body) = await PostAsync(client, Entities("... on Product { reviews(first: 3) { rating author { username name } } }"), new { r = representations });

        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Equal(60, CountOccurrences(body, "\"rating\""));
        var commands = factory.SqlCommands.Commands;
        Assert.Equal(2, commands.Count); // the reviews of all 20 products, then all 60 authors
        Assert.Contains("FROM \"Reviews\"", commands[0], StringComparison.Ordinal);
        Assert.Contains("FROM \"Authors\"", commands[1], StringComparison.Ordinal);
    }

    private static string Entities(string selection) => EntitiesQuery.Replace("{0}", selection, StringComparison.Ordinal);

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
