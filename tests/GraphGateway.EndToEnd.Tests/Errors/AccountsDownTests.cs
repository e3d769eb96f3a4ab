using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Errors;

/// <summary>Accounts unreachable: what depends on it is nulled, the rest is served.</summary>
public sealed class AccountsDownTests : IAsyncLifetime
{
    private const string FetchFailed =
        """{"message":"HTTP fetch failed from 'accounts': Connection refused (test: subgraph is down).","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}""";

    private GatewayHost host = null!;

    public async Task InitializeAsync() => this.host = await GatewayHost.StartAsync(downSubgraphs: ["accounts"]);

    public async Task DisposeAsync() => await this.host.DisposeAsync();

    [Fact]
    public async Task AccountsDown_ProvidedUsernameServedAndWishlistCountNullsProduct_PartialData()
    {
        var body = await this.host.QueryAsync("""{ review(id: "1") { rating author { username } } product(upc: "P0001") { wishlistCount } }""");

        AssertJson("""{"data":{"review":{"rating":4,"author":{"username":"user411"}},"product":null},"errors":[""" + FetchFailed + "]}", body);
        Assert.Equal("accounts=1,products=1,reviews=1", this.host.Traffic.Counts());
    }

    [Fact(Skip = "gateway bug: when a failed fetch's null propagates through a non-null object field (Review.author: User!), ResponseWriter adds a second error \"Cannot return null for non-nullable field Review.author.\" at [review,author] (GraphQL spec §6.4.4 forbids it; the nullable-parent case adds none)")]
    public async Task AccountsDown_RoleOfNonNullAuthor_NullsReviewWithOnlyTheFetchError()
    {
        var body = await this.host.QueryAsync("""{ review(id: "1") { rating author { username role } } }""");

        // GraphQL spec §6.4.4: a null caused by an error already in the list must not add further errors.
        AssertJson("""{"data":{"review":null},"errors":[""" + FetchFailed + "]}", body);
    }
}
