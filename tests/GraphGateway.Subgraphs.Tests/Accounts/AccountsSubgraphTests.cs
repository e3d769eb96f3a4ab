using System.Net;
using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Accounts;

/// <summary>Queries and <c>_entities</c> batches of the accounts subgraph against its seed data.</summary>
public sealed class AccountsSubgraphTests : IAsyncLifetime
{
    private readonly SubgraphFactory<AccountsSubgraph> factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await this.factory.DisposeAsync();

    [Fact]
    public async Task Users_AdminFilterFirstTwo_ReturnsExactPage()
    {
        var (status, body) = await PostAsync(this.factory.CreateClient(),
            "{ users(first: 2, filter: {role: ADMIN}) { totalCount edges { cursor node { id username name role } } pageInfo { hasNextPage endCursor } } }");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"data":{"users":{"totalCount":20,"edges":[
              {"cursor":"Y3Vyc29yOjI1","node":{"id":"25","username":"user025","name":"Edsger Perlman","role":"ADMIN"}},
              {"cursor":"Y3Vyc29yOjUw","node":{"id":"50","username":"user050","name":"John McCarthy","role":"ADMIN"}}],
              "pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjUw"}}}}
            """, body);
    }

    [Fact]
    public async Task Users_AfterCursor_ContinuesAfterIt()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "query($after: String) { users(first: 1, after: $after, filter: {role: ADMIN}) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }",
            new { after = "Y3Vyc29yOjUw" });

        AssertJson("""
            {"data":{"users":{"edges":[{"node":{"id":"75","name":"Radia Dijkstra"}}],"pageInfo":{"hasNextPage":true,"endCursor":"Y3Vyc29yOjc1"}}}}
            """, body);
    }

    [Fact]
    public async Task Users_InvalidCursor_ReturnsBadUserInputError()
    {
        var (status, body) = await PostAsync(this.factory.CreateClient(), """{ users(after: "not-a-cursor") { totalCount } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"errors":[{"message":"Argument 'after' has an invalid cursor 'not-a-cursor'.","locations":[{"line":1,"column":3}],"path":["users"],"extensions":{"code":"BAD_USER_INPUT","codes":["BAD_USER_INPUT"]}}],"data":null}
            """, body);
    }

    [Fact]
    public async Task Entities_BothKeysUnknownIdAndInterfaceObject_ResolveInOrder()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on User { id username wishlist { upc } } ... on Item { upc wishlistCount } } }",
            new
            {
                r = new object[]
                {
                    new { __typename = "User", id = "3" },
                    new { __typename = "User", username = "user007" },
                    new { __typename = "User", id = "9999" },
                    new { __typename = "Item", upc = "P0014" },
                },
            });

        AssertJson("""
            {"data":{"_entities":[
              {"__typename":"User","id":"3","username":"user003","wishlist":[{"upc":"P0040"},{"upc":"P0141"},{"upc":"P0242"}]},
              {"__typename":"User","id":"7","username":"user007","wishlist":[{"upc":"P0092"},{"upc":"P0193"},{"upc":"P0294"}]},
              null,
              {"__typename":"Item","upc":"P0014","wishlistCount":2}]}}
            """, body);
    }

    [Fact]
    public async Task Node_UserId_ResolvesThroughInterfaceWithEmailAndDateTime()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(),
            """{ node(id: "25") { __typename id ... on User { name email createdAt } } }""");

        AssertJson("""
            {"data":{"node":{"__typename":"User","id":"25","name":"Edsger Perlman","email":"user025@example.com","createdAt":"2024-01-02T01:00:00Z"}}}
            """, body);
    }

    [Fact]
    public async Task Me_WithUserIdHeader_ReturnsThatUser()
    {
        var client = this.factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-user-id", "42");

        var (_, body) = await PostAsync(client, "{ me { id username role } }");

        AssertJson("""{"data":{"me":{"id":"42","username":"user042","role":"CUSTOMER"}}}""", body);
    }

    [Fact]
    public async Task Me_WithoutUserIdHeader_ReturnsNull()
    {
        var (_, body) = await PostAsync(this.factory.CreateClient(), "{ me { id } }");

        AssertJson("""{"data":{"me":null}}""", body);
    }
}
