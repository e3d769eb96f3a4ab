using GraphGateway.Subgraphs.Reviews;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Reviews;

/// <summary>Queries, the <c>addReview</c> mutation and <c>_entities</c> batches of the reviews subgraph.</summary>
public sealed class ReviewsSubgraphTests : IAsyncLifetime
{
    private readonly SubgraphFactory<ReviewsSubgraph> factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await this.factory.DisposeAsync();

    [Fact]
    public async Task Entities_ProductUserReviewAndMissing_ResolveInOrder()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            """
            query($r: [_Any!]!) { _entities(representations: $r) { __typename
              ... on Product { upc averageRating reviews(first: 2) { id rating } }
              ... on User { id name reviews(first: 2) { id } }
              ... on Review { id body rating createdAt author { id username } product { upc } } } }
            """,
            new
            {
                r = new object[]
                {
                    new { __typename = "Product", upc = "P0001" },
                    new { __typename = "User", id = "3" },
                    new { __typename = "Review", id = "7" },
                    new { __typename = "Review", id = "99999" },
                },
            });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"Product","upc":"P0001","averageRating":3.6,"reviews":[{"id":"5000","rating":3},{"id":"4000","rating":2}]},
              {"__typename":"User","id":"3","name":"Claude Turing","reviews":[{"id":"4298"},{"id":"3970"}]},
              {"__typename":"Review","id":"7","body":"Stopped working after a month.","rating":3,"createdAt":"2024-01-01T07:00:00Z","author":{"id":"42","username":"user042"},"product":{"upc":"P0434"}},
              null]}}
            """, body);
    }

    [Fact]
    public async Task ProductReviews_MinRatingFour_ReturnsOnlyMatchingNewestFirst()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            """query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { reviews(minRating: 4) { id rating } } } }""",
            new { r = new object[] { new { __typename = "Product", upc = "P0001" } } });

        AssertJson("""
            {"data":{"_entities":[{"reviews":[{"id":"3000","rating":5},{"id":"2000","rating":4},{"id":"1000","rating":4}]}]}}
            """, body);
    }

    [Fact]
    public async Task Reviews_MinRatingFive_ReturnsFirstPageAndTotal()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "{ reviews(first: 2, minRating: 5) { totalCount edges { node { id rating } } pageInfo { hasNextPage endCursor } } }");

        AssertJson("""
            {"data":{"reviews":{"totalCount":970,"edges":[{"node":{"id":"2","rating":5}},{"node":{"id":"3","rating":5}}],"pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjM="}}}}
            """, body);
    }

    [Fact]
    public async Task Search_Text_ReturnsReviewsThenTheirProducts()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            """{ search(text: "UNCLEAR", first: 2) { __typename ... on Review { id body } ... on Product { upc } } }""");

        AssertJson("""
            {"data":{"search":[
              {"__typename":"Review","id":"9","body":"Instructions were unclear."},
              {"__typename":"Review","id":"39","body":"Instructions were unclear."},
              {"__typename":"Product","upc":"P0272"},
              {"__typename":"Product","upc":"P0842"}]}}
            """, body);
    }

    [Fact]
    public async Task AddReview_ValidInput_PersistsAndIsNewestForProduct()
    {
        var client = this.factory.CreateClient();

        var (_, added) = await PostAsync(client,
            "mutation($input: AddReviewInput!) { addReview(input: $input) { id rating body createdAt author { id username name } product { upc } } }",
            new { input = new { productUpc = "P0001", authorId = "2", rating = 4, body = "Solid." } });
        var (_, reviews) = await PostAsync(client,
            """query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { averageRating reviews(first: 2) { id } } } }""",
            new { r = new object[] { new { __typename = "Product", upc = "P0001" } } });

        AssertJson("""
            {"data":{"addReview":{"id":"5001","rating":4,"body":"Solid.","createdAt":"2024-07-27T09:00:00Z","author":{"id":"2","username":"user002","name":"Barbara Wirth"},"product":{"upc":"P0001"}}}}
            """, added);
        AssertJson("""{"data":{"_entities":[{"averageRating":3.67,"reviews":[{"id":"5001"},{"id":"5000"}]}]}}""", reviews);
    }

    [Theory]
    [InlineData("P0001", "2", 9, "ok", "input.rating must be between 1 and 5; got 9.")]
    [InlineData("P0001", "2", 3, "", "input.body must have 1 to 2000 characters; got 0.")]
    [InlineData("X1", "2", 3, "ok", "input.productUpc: 'X1' is not a catalogue UPC (P0001..P1000).")]
    [InlineData("P0001", "777", 3, "ok", "input.authorId: no user has id '777'.")]
    public async Task AddReview_InvalidInput_ReturnsBadUserInputNamingTheField(string upc, string authorId, int rating, string text, string message)
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "mutation($input: AddReviewInput!) { addReview(input: $input) { id } }",
            new { input = new { productUpc = upc, authorId, rating, body = text } });

        AssertJson($$$"""
            {"errors":[{"message":"{{{message}}}","locations":[{"line":1,"column":37}],"path":["addReview"],"extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"]}}],"data":null}
            """, body);
    }
}
