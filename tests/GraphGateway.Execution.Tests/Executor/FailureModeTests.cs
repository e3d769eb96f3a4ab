using GraphGateway.TestSupport;
using GraphGateway.Execution.Tests.Fakes;

namespace GraphGateway.Execution.Tests.Executor;

/// <summary>Subgraph errors, failing and lying subgraphs, and null propagation across subgraph boundaries.</summary>
public sealed class FailureModeTests
{
    [Fact]
    public async Task Execute_EntityFieldErrors_RewritesPathsForEveryDeduplicatedUse()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].FieldErrors["User.email"] = ("email is private", """{"code":"FORBIDDEN","detail":1}""");
        var json = await h.RunAsync("{ latestReviews { author { email } } }");
        Assert.Equal(
            """{"data":{"latestReviews":[{"author":{"email":null}},{"author":{"email":null}},{"author":{"email":null}}]},"errors":[""" +
            """{"message":"email is private","path":["latestReviews",0,"author","email"],"extensions":{"code":"FORBIDDEN","detail":1,"serviceName":"accounts"}},""" +
            """{"message":"email is private","path":["latestReviews",2,"author","email"],"extensions":{"code":"FORBIDDEN","detail":1,"serviceName":"accounts"}},""" +
            """{"message":"email is private","path":["latestReviews",1,"author","email"],"extensions":{"code":"FORBIDDEN","detail":1,"serviceName":"accounts"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_RootFieldError_KeepsPathAndAddsServiceName()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].FieldErrors["me"] = ("boom", null);
        var json = await h.RunAsync("{ me { name } topProducts(first: 1) { name } }");
        Assert.Equal(
            """{"data":{"me":{"name":"Ada"},"topProducts":[{"name":"Table"}]},"errors":[{"message":"boom","path":["me"],"extensions":{"serviceName":"accounts"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_NonNullFieldNullFromEntityFetch_PropagatesToNearestNullable()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Fields["User.name"] = (u, _) => u["id"]!.GetValue<string>() == "2" ? null : u["name"]!.DeepClone();
        var json = await h.RunAsync("{ latestReviews { body author { name } } }");
        Assert.Equal(
            """{"data":{"latestReviews":[{"body":"Great","author":{"name":"Ada"}},{"body":"Meh","author":null},{"body":"Bad","author":{"name":"Ada"}}]},"errors":""" +
            """[{"message":"Cannot return null for non-nullable field User.name.","path":["latestReviews",1,"author","name"]}]}""",
            json);
    }

    [Fact]
    public async Task Execute_NullEntityInEntitiesResult_NullsOnlyThatObject()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].ResolveEntity = r => r["id"]!.GetValue<string>() == "1"
            ? System.Text.Json.Nodes.JsonNode.Parse("""{"__typename":"User","id":"1","name":"Ada","email":"a@x"}""")
            : null;
        var json = await h.RunAsync("{ latestReviews { author { email } } }");
        Assert.Equal("""{"data":{"latestReviews":[{"author":{"email":"a@x"}},{"author":{"email":null}},{"author":{"email":"a@x"}}]}}""", json);
    }

    [Fact]
    public async Task Execute_SubgraphAnswers500_NullsDependentFieldsWithOneError()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Override = _ => (500, "oops");
        var json = await h.RunAsync("{ latestReviews { body author { name } } }");
        Assert.Equal(
            """{"data":{"latestReviews":[{"body":"Great","author":null},{"body":"Meh","author":null},{"body":"Bad","author":null}]},"errors":""" +
            """[{"message":"HTTP fetch failed from 'accounts': 500 InternalServerError","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_SubgraphAnswersNonJson_ReportsInvalidResponse()
    {
        var h = new GatewayHarness();
        h.Subgraphs["inventory"].Override = _ => (200, "<html>hi</html>");
        var json = await h.RunAsync("{ topProducts(first: 1) { name inStock } }");
        Assert.Equal(
            """{"data":{"topProducts":[{"name":"Table","inStock":null}]},"errors":[{"message":"Subgraph 'inventory' returned a response that is not a GraphQL response (HTTP 200).","extensions":{"code":"SUBGRAPH_INVALID_RESPONSE","serviceName":"inventory"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_EntitiesCountMismatch_ReportsInvalidResponse()
    {
        var h = new GatewayHarness();
        h.Subgraphs["inventory"].Override = _ => (200, """{"data":{"_entities":[]}}""");
        var json = await h.RunAsync("{ topProducts(first: 1) { name inStock } }");
        Assert.Equal(
            """{"data":{"topProducts":[{"name":"Table","inStock":null}]},"errors":[{"message":"Subgraph 'inventory' returned 0 entities for 1 representations.","extensions":{"code":"SUBGRAPH_INVALID_RESPONSE","serviceName":"inventory"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_RootFetchFailsForNonNullRootField_DataIsNull()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Override = _ => (502, "bad gateway");
        var json = await h.RunAsync("{ users { id } topProducts(first: 1) { name } }");
        Assert.Equal(
            """{"data":null,"errors":[{"message":"HTTP fetch failed from 'accounts': 502 BadGateway","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_LyingSubgraphReturnsStringForObject_NullsWithInvalidResponseError()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Override = _ => (200, """{"data":{"me":"not an object"}}""");
        var json = await h.RunAsync("{ me { name } }");
        Assert.Equal(
            """{"data":{"me":null},"errors":[{"message":"A subgraph returned an invalid value: expected an object for field Query.me.","path":["me"],"extensions":{"code":"SUBGRAPH_INVALID_RESPONSE"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_SubgraphReturnsNullForNonNullListItem_NullsTheList()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Override = _ => (200, """{"data":{"users":[{"id":"1"},null]}}""");
        var json = await h.RunAsync("{ users { id } }");
        Assert.Equal(
            """{"data":null,"errors":[{"message":"Cannot return null for non-nullable field Query.users.","path":["users",1]}]}""",
            json);
    }

    [Fact]
    public async Task Execute_OneRootFetchFailsOtherReturnsNullForNonNull_ReportsBoth()
    {
        var h = new GatewayHarness();
        h.Subgraphs["accounts"].Override = _ => (500, "down");
        h.Subgraphs["products"].Override = _ => (200, """{"data":{"topProducts":[{"name":"Table","upc":"1"},null]}}""");
        var json = await h.RunAsync("{ me { name } topProducts(first: 2) { name } }");
        Assert.Equal(
            """{"data":null,"errors":[""" +
            """{"message":"HTTP fetch failed from 'accounts': 500 InternalServerError","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"accounts"}},""" +
            """{"message":"Cannot return null for non-nullable field Query.topProducts.","path":["topProducts",1]}]}""",
            json);
    }

    [Theory]
    [InlineData("""{"data":{"topProducts":[{"name":"Table","price":"cheap"}]}}""", "Int", "price")]
    [InlineData("""{"data":{"topProducts":[{"name":7,"price":1}]}}""", "String", "name")]
    [InlineData("""{"data":{"topProducts":[{"name":"Table","price":1.5}]}}""", "Int", "price")]
    public async Task Execute_SubgraphSendsWrongScalarKind_NullsWithInvalidResponseError(string body, string type, string field)
    {
        var h = new GatewayHarness();
        h.Subgraphs["products"].Override = _ => (200, body);
        var json = await h.RunAsync("{ topProducts(first: 1) { name price } }");
        Assert.Contains($$$"""{"message":"A subgraph returned an invalid value: expected {{{type}}} for field Product.{{{field}}}.","path":["topProducts",0,"{{{field}}}"],"extensions":{"code":"SUBGRAPH_INVALID_RESPONSE"}}""", json);
        Assert.Contains($"\"{field}\":null", json);
    }

    [Fact]
    public async Task Execute_SubgraphSendsUnknownEnumValue_NullsWithInvalidResponseError()
    {
        var h = new GatewayHarness();
        h.Subgraphs["products"].Override = _ => (200, """{"data":{"topProducts":[{"category":"TOYS"}]}}""");
        var json = await h.RunAsync("{ topProducts(first: 1) { category } }");
        Assert.Equal(
            """{"data":{"topProducts":[{"category":null}]},"errors":[{"message":"A subgraph returned an invalid value: expected Category for field Product.category.","path":["topProducts",0,"category"],"extensions":{"code":"SUBGRAPH_INVALID_RESPONSE"}}]}""",
            json);
    }

    [Fact]
    public async Task Execute_SubgraphClientThrows_AnswersWithInternalErrorInsteadOfThrowing()
    {
        var executor = new InProcessGateway(ShopSubgraphs.Model, new ThrowingClient());

        var response = await executor.ExecuteAsync(TestOperation.Create("{ me { name } }"), null, CancellationToken.None);

        Assert.Equal(
            """{"errors":[{"message":"The gateway failed to execute the operation (InvalidOperationException).","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            System.Text.Encoding.UTF8.GetString(response.Body.Span));
        Assert.False(response.HasData);
    }

    private sealed class ThrowingClient : GraphGateway.Execution.Transport.ISubgraphClient
    {
        public ValueTask<GraphGateway.Execution.Transport.SubgraphResult> SendAsync(GraphGateway.Execution.Transport.SubgraphRequest request, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("bug");
    }
}
