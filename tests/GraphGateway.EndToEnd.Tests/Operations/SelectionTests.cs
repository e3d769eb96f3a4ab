using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Operations;

/// <summary>One field under several aliases and arguments, conditional fragments, operation selection, deduplication.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class SelectionTests(SharedGateway shared)
{
    private const string FragmentConditionQuery = """
        query($short: Boolean!, $n: Int = 2) {
          product(upc: "P0002") { ... on Product @skip(if: $short) { reviews(first: $n) { id } } ...Stock @include(if: $short) } }
        fragment Stock on Product { quantity }
        """;

    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task Reviews_SameFieldTwoAliasesWithDifferentArguments_BothInOneEntityFetch()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0002") { a: reviews(first: 1) { id rating } b: reviews(first: 2, minRating: 5) { id rating } } }""");

        AssertJson("""{"data":{"product":{"a":[{"id":"4679","rating":1}],"b":[]}}}""", body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());

        // Product P0002's five reviews (4679 ... 679) have ratings 1, 4, 4, 4, 3: none has 5.
        AssertJson("""{"data":{"_entities":[{"all":[{"id":"4679","rating":1},{"id":"3679","rating":4},{"id":"2679","rating":4},{"id":"1679","rating":4},{"id":"679","rating":3}]}]}}""",
            await this.Host.QuerySubgraphAsync("reviews", """{ _entities(representations: [{__typename: "Product", upc: "P0002"}]) { ... on Product { all: reviews(first: 5) { id rating } } } }"""));
    }

    [Fact]
    public async Task DeliveryEstimate_TwoAliasesWithDifferentZips_EachAnsweredForItsArgument()
    {
        var body = await this.Host.QueryAsync("""
            { product(upc: "P0001") { d1: deliveryEstimate(zip: "94105") { days } d2: deliveryEstimate(zip: "10001") { days expressAvailable } } }
            """);

        AssertJson("""{"data":{"product":{"d1":{"days":4},"d2":{"days":2,"expressAvailable":true}}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
        AssertJson("""{"data":{"_entities":[{"d2":{"days":2,"expressAvailable":true}}]}}""", await this.Host.QuerySubgraphAsync("inventory", """
            { _entities(representations: [{__typename: "Product", upc: "P0001", dimensions: {size: "M", weight: 153}}]) { ... on Product { d2: deliveryEstimate(zip: "10001") { days expressAvailable } } } }
            """));
    }

    [Fact]
    public async Task SkipOnInlineFragment_False_ReviewsWithDefaultFirstVariable()
    {
        var body = await this.Host.QueryAsync(FragmentConditionQuery, new { @short = false });

        AssertJson("""{"data":{"product":{"reviews":[{"id":"4679"},{"id":"3679"}]}}}""", body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task IncludeOnFragmentSpread_True_OnlyStockFields()
    {
        var body = await this.Host.QueryAsync(FragmentConditionQuery, new { @short = true });

        AssertJson("""{"data":{"product":{"quantity":8}}}""", body);
        Assert.Equal("inventory=1,products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task OperationName_SelectsSecondOperationWithIncludeFalseOnRootField_UserNotFetched()
    {
        var body = await this.Host.QueryAsync("""
            query A { user(id: "1") { username } }
            query B($withUser: Boolean!) { product(upc: "P0001") { name } user(id: "2") @include(if: $withUser) { username } }
            """, new { withUser = false }, "B");

        AssertJson("""{"data":{"product":{"name":"Deluxe Backpack 1"}}}""", body);
        Assert.Equal("products=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task Representations_SameProductUnderSeveralRootFields_Deduplicated()
    {
        var body = await this.Host.QueryAsync("""
            { a: product(upc: "P0001") { quantity } b: product(upc: "P0001") { warehouse } c: product(upc: "P0002") { quantity } }
            """);

        AssertJson("""{"data":{"a":{"quantity":29},"b":{"warehouse":"WH-2"},"c":{"quantity":8}}}""", body);
        var quantityRequest = Assert.Single(this.Host.Traffic.Bodies("inventory"), b => b.Contains("quantity", StringComparison.Ordinal));
        Assert.Contains("\"representations\":[{\"__typename\":\"Product\",\"upc\":\"P0001\"},{\"__typename\":\"Product\",\"upc\":\"P0002\"}]", quantityRequest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VariantsProduct_SameProductsUnderNestedPaths_OneEntityRequestPerType()
    {
        var body = await this.Host.QueryAsync("{ topProducts(first: 2) { upc variants { color quantity product { upc quantity } } } }");

        AssertJson("""
            {"data":{"topProducts":[{"upc":"P0875","variants":[{"color":"BLACK","quantity":5,"product":{"upc":"P0875","quantity":25}},
              {"color":"WHITE","quantity":1,"product":{"upc":"P0875","quantity":25}},{"color":"RED","quantity":12,"product":{"upc":"P0875","quantity":25}}]},
              {"upc":"P0729","variants":[{"color":"GREEN","quantity":3,"product":{"upc":"P0729","quantity":41}}]}]}}
            """, body);
        Assert.Equal("inventory=2,products=1", this.Host.Traffic.Counts());
        Assert.Contains(this.Host.Traffic.Bodies("inventory"), b => b.Contains(
            "\"representations\":[{\"__typename\":\"Product\",\"upc\":\"P0875\"},{\"__typename\":\"Product\",\"upc\":\"P0729\"}]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task InterfaceFragmentsInObjectContext_NodeSpreadsOnReviewAndAuthor_AllFromReviews()
    {
        var body = await this.Host.QueryAsync("""{ review(id: "4") { ... on Node { id } ... on Review { rating } author { ... on Node { id } } } }""");

        AssertJson("""{"data":{"review":{"id":"4","rating":3,"author":{"id":"339"}}}}""", body);
        Assert.Equal("reviews=1", this.Host.Traffic.Counts());
    }
}
