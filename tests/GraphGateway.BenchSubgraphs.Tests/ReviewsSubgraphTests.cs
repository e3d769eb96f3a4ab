namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class ReviewsSubgraphTests
{
    private const string Review4Body =
        "Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem";

    [Fact]
    public async Task Entities_ProductRepresentations_ReturnReviewsOfThatProductOrEmpty()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "reviews",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { upc reviews { id } } } }",
            new
            {
                r = new object[]
                {
                    new { __typename = "Product", upc = "1" },
                    new { __typename = "Product", upc = "4" },
                    new { __typename = "Product", upc = "5" },
                },
            });

        Assert.Equal(
            """{"data":{"_entities":[{"upc":"1","reviews":[{"id":"1"},{"id":"2"},{"id":"3"},{"id":"4"}]},{"upc":"4","reviews":[{"id":"10"},{"id":"11"}]},{"upc":"5","reviews":[]}]}}""",
            body);
    }

    [Fact]
    public async Task Entities_UserRepresentation_ReturnsReviewsOneAndTwoAuthoredByUserOne()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "reviews",
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id reviews { id product { upc } author { id username } } } } }",
            new { r = new object[] { new { __typename = "User", id = "4" } } });

        Assert.Equal(
            """{"data":{"_entities":[{"__typename":"User","id":"4","reviews":[{"id":"1","product":{"upc":"1"},"author":{"id":"1","username":"adaex"}},{"id":"2","product":{"upc":"1"},"author":{"id":"1","username":"adaex"}}]}]}}""",
            body);
    }

    [Fact]
    public async Task Entities_ReviewRepresentation_ReturnsBodyProductAndAuthor()
    {
        var (_, body) = await BenchServer.Shared.PostAsync(
            "reviews",
            "query($r: [_Any!]!) { _entities(representations: $r) { ... on Review { id body product { upc } author { id } } } }",
            new { r = new object[] { new { __typename = "Review", id = "4" } } });

        Assert.Equal(
            """{"data":{"_entities":[{"id":"4","body":""" + "\"" + Review4Body + "\"" + ""","product":{"upc":"1"},"author":{"id":"1"}}]}}""",
            body);
    }

    [Fact]
    public async Task ServiceSdl_Reviews_DeclaresProvidesOnAuthor()
    {
        var (_, body) = await BenchServer.Shared.PostAsync("reviews", "{ _service { sdl } }");

        var sdl = Json.StringAt(body, "data", "_service", "sdl");
        Assert.Contains("author: User @provides(fields: \"username\")", sdl);
        Assert.Contains("type User @key(fields: \"id\") {\n  id: ID!\n  username: String @external\n  reviews: [Review]\n}", sdl);
        Assert.Contains("union _Entity = Review | Product | User", sdl);
    }
}
