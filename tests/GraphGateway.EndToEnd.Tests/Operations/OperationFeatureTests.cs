using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Operations;

/// <summary>Aliases, __typename, fragments, @skip/@include, variables, input objects, enums and pagination.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class OperationFeatureTests(SharedGateway shared)
{
    private const string SkipIncludeQuery = """
        query($withReviews: Boolean = true, $noStock: Boolean!) {
          product(upc: "P0002") { name reviews(first: 1) @include(if: $withReviews) { rating } quantity @skip(if: $noStock) } }
        """;

    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Aliases_AliasEqualToKeyFieldName_KeyStillUsedForTheHop()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0005") { upc: name name: upc q: quantity } }""");

        AssertJson("""{"data":{"product":{"upc":"Modular Backpack 5","name":"P0005","q":45}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Typename_RootAliasedAndNested_WrittenForEveryResponseKey()
    {
        var body = await this.Host.QueryAsync("""{ t: __typename __typename product(upc: "P0001") { __typename kind: __typename } }""");

        AssertJson("""{"data":{"t":"Query","__typename":"Query","product":{"__typename":"Product","kind":"Product"}}}""", body);
        Assert.Equal("products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Fragments_NamedInlineAndNested_FieldsFromThreeSubgraphs()
    {
        var body = await this.Host.QueryAsync("""
            query { topRatedProducts(first: 2) { ...P } }
            fragment P on Product { upc ... on Product { name ...R } }
            fragment R on Product { averageRating quantity }
            """);

        AssertJson("""
            {"data":{"topRatedProducts":[{"upc":"P0055","name":"Solar Chair 55","averageRating":5,"quantity":45},{"upc":"P0442","name":"Quiet Monitor 442","averageRating":5,"quantity":18}]}}
            """, body);
        Assert.Equal("inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"topRatedProducts":[{"upc":"P0055","averageRating":5},{"upc":"P0442","averageRating":5}]}}""",
            await this.Host.QuerySubgraphAsync("reviews", "{ topRatedProducts(first: 2) { upc averageRating } }"));
    }

    [Fact]
    public async Task SkipInclude_DefaultIncludesReviewsAndSkipDropsStock_NoInventoryRequest()
    {
        var body = await this.Host.QueryAsync(SkipIncludeQuery, new { noStock = true });

        AssertJson("""{"data":{"product":{"name":"Eco Backpack 2","reviews":[{"rating":1}]}}}""", body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task SkipInclude_VariablesExcludeReviewsKeepStock_NoReviewsRequest()
    {
        var body = await this.Host.QueryAsync(SkipIncludeQuery, new { withReviews = false, noStock = false });

        AssertJson("""{"data":{"product":{"name":"Eco Backpack 2","quantity":8}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Products_InputObjectFilterWithEnumVariable_FilteredPage()
    {
        var body = await this.Host.QueryAsync("""
            query($f: ProductFilter!, $n: Int) { products(first: $n, filter: $f) { totalCount edges { node { upc name category price } } } }
            """, new { f = new { category = "KITCHEN", maxPrice = 1000 }, n = 3 });

        AssertJson("""
            {"data":{"products":{"totalCount":5,"edges":[{"node":{"upc":"P0149","name":"Classic Monitor 149","category":"KITCHEN","price":912}},
              {"node":{"upc":"P0294","name":"Smart Webcam 294","category":"KITCHEN","price":777}},{"node":{"upc":"P0439","name":"Heavy-Duty Monitor 439","category":"KITCHEN","price":642}}]}}}
            """, body);
        Assert.Equal("products=1", this.Host.Traffic.Counts());
        AssertJson(body, await this.Host.QuerySubgraphAsync("products",
            "{ products(first: 3, filter: {category: KITCHEN, maxPrice: 1000}) { totalCount edges { node { upc name category price } } } }"));
    }

    [Fact]
    public async Task Users_EnumFilterVariable_AdminsOnly()
    {
        var body = await this.Host.QueryAsync("""
            query($f: UserFilter) { users(first: 2, filter: $f) { totalCount edges { cursor node { id username role } } pageInfo { hasNextPage endCursor } } }
            """, new { f = new { role = "ADMIN" } });

        AssertJson("""
            {"data":{"users":{"totalCount":20,"edges":[{"cursor":"Y3Vyc29yOjI1","node":{"id":"25","username":"user025","role":"ADMIN"}},
              {"cursor":"Y3Vyc29yOjUw","node":{"id":"50","username":"user050","role":"ADMIN"}}],"pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjUw"}}}}
            """, body);
        Assert.Equal("accounts=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Users_PaginationWithAfterCursor_SecondPageFollowsFirst()
    {
        const string Query = """
            query($after: String) { users(first: 2, after: $after) { edges { cursor node { id username } } pageInfo { hasNextPage endCursor } } }
            """;

        var first = await this.Host.QueryAsync(Query);
        var second = await this.Host.QueryAsync(Query, new { after = "Y3Vyc29yOjI=" });

        AssertJson("""
            {"data":{"users":{"edges":[{"cursor":"Y3Vyc29yOjE=","node":{"id":"1","username":"user001"}},{"cursor":"Y3Vyc29yOjI=","node":{"id":"2","username":"user002"}}],
              "pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjI="}}}}
            """, first);
        AssertJson("""
            {"data":{"users":{"edges":[{"cursor":"Y3Vyc29yOjM=","node":{"id":"3","username":"user003"}},{"cursor":"Y3Vyc29yOjQ=","node":{"id":"4","username":"user004"}}],
              "pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjQ="}}}}
            """, second);
    }

    [Fact]
    public async Task Reviews_PaginationMinRatingWithAuthorRoleHop_PageInfoShareable()
    {
        var body = await this.Host.QueryAsync("""
            { reviews(first: 2, after: "Y3Vyc29yOjE=", minRating: 5) { totalCount pageInfo { hasNextPage } edges { node { id rating author { username role } } } } }
            """);

        var direct = await this.Host.QuerySubgraphAsync("reviews", """
            { reviews(first: 2, after: "Y3Vyc29yOjE=", minRating: 5) { totalCount pageInfo { hasNextPage } edges { node { id rating author { username } } } } }
            """);
        AssertJson("""
            {"data":{"reviews":{"totalCount":970,"pageInfo":{"hasNextPage":true},"edges":[{"node":{"id":"2","rating":5,"author":{"username":"user021"}}},
              {"node":{"id":"3","rating":5,"author":{"username":"user463"}}}]}}}
            """, direct);
        AssertJson("""
            {"data":{"reviews":{"totalCount":970,"pageInfo":{"hasNextPage":true},"edges":[{"node":{"id":"2","rating":5,"author":{"username":"user021","role":"CUSTOMER"}}},
              {"node":{"id":"3","rating":5,"author":{"username":"user463","role":"CUSTOMER"}}}]}}}
            """, body);
        Assert.Equal("accounts=1,reviews=1", this.Host.Traffic.Counts());
    }
}
