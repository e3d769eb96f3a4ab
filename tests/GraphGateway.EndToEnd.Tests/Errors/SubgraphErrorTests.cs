using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Errors;

/// <summary>Errors a subgraph returns: kept with extensions, serviceName added, paths rewritten, nulls propagated.</summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class SubgraphErrorTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task EntityFieldError_NonNullReviewsList_PathRewrittenAndProductNulled()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { name reviews(first: 101) { rating } } }""");

        AssertJson("""
            {"data":{"product":null},"errors":[{"message":"Argument 'first' must be between 0 and 100; got 101.","path":["product","reviews"],
              "extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"],"serviceName":"reviews"}}]}
            """, body);
        Assert.Equal("products=1,reviews=1", this.Host.Traffic.Counts());
    }

    [Fact]
    public async Task RootFieldError_NonNullTopProducts_DataNull()
    {
        var body = await this.Host.QueryAsync("""{ product(upc: "P0001") { name averageRating } topProducts(first: 101) { upc } }""");

        AssertJson("""
            {"data":null,"errors":[{"message":"Argument 'first' must be between 0 and 100; got 101.","path":["topProducts"],
              "extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"],"serviceName":"products"}}]}
            """, body);
    }

    [Fact]
    public async Task EntityFieldErrors_OnePerWishlistItem_EachPathRewrittenToItsListIndex()
    {
        var body = await this.Host.QueryAsync("""{ user(id: "3") { username wishlist { ... on Product { reviews(first: 101) { id } } } } }""");

        const string Error = "\"message\":\"Argument 'first' must be between 0 and 100; got 101.\"";
        const string Extensions = "\"extensions\":{\"code\":\"BAD_USER_INPUT\",\"codes\":[\"BAD_USER_INPUT\"],\"serviceName\":\"reviews\"}";
        AssertJson(
            "{\"data\":{\"user\":null},\"errors\":["
            + $"{{{Error},\"path\":[\"user\",\"wishlist\",0,\"reviews\"],{Extensions}}},"
            + $"{{{Error},\"path\":[\"user\",\"wishlist\",1,\"reviews\"],{Extensions}}},"
            + $"{{{Error},\"path\":[\"user\",\"wishlist\",2,\"reviews\"],{Extensions}}}]}}",
            body);
        Assert.Equal("accounts=1,products=1,reviews=1", this.Host.Traffic.Counts());
    }
}
