using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class GraphQLHttpHandlerTests
{
    [Fact]
    public async Task Post_ValidQuery_ExecutorGetsValidatedOperationAndBodyIsPassedThrough()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        const string query = "query Find($id: ID!, $f: SearchFilter) { product(id: $id) { name } search(filter: $f) { id } }";
        var response = await gateway.PostAsync("{\"query\":\"" + query + "\",\"operationName\":\"Find\",\"variables\":{\"id\":7,\"f\":{\"text\":\"x\",\"range\":{\"min\":1}}}}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("""{"data":{"ok":true}}""", await response.Content.ReadAsStringAsync());
        var (operation, context) = Assert.Single(executor.Calls);
        Assert.Equal("Find", operation.OperationName);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))), operation.DocumentHash);
        Assert.Equal("""{"f":{"text":"x","color":"RED","range":{"min":1}},"id":"7"}""", RecordingExecutor.Variables(operation));
        Assert.False(context.IncludeQueryPlan);
    }

    [Fact]
    public async Task Post_VariableDefaults_AppliedAndAbsentWhenNoDefault()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        var response = await gateway.PostAsync("""{"query":"query ($n: String = \"Ann\", $t: [String!]) { hello(name: $n) search(tags: $t) { id } }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"n":"Ann"}""", RecordingExecutor.Variables(executor.Calls[0].Operation));
    }

    [Fact]
    public async Task Post_SameDocumentTwice_ParsedOnce()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        await gateway.PostAsync("""{"query":"{ hello }"}""");
        await gateway.PostAsync("""{"query":"{ hello }"}""");
        Assert.Same(executor.Calls[0].Operation.Document, executor.Calls[1].Operation.Document);
    }

    [Fact]
    public async Task Post_ValidationFailureWithGraphQLResponseJson_Returns400WithErrors()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.PostAsync("""{"query":"{ helo }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Cannot query field \"helo\" on type \"Query\". Did you mean \"hello\"?","locations":[{"line":1,"column":3}],"extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_ValidationFailureWithJson_Returns200WithErrors()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.PostAsync("""{"query":"{ helo }"}""", "application/json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("GRAPHQL_VALIDATION_FAILED", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_NestedVariableError_MessageNamesPath()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.PostAsync("""{"query":"query ($f: SearchFilter) { search(filter: $f) { id } }","variables":{"f":{"text":"x","range":{"min":"one"}}}}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$f\" got invalid value \"one\" at \"f.range.min\"; Int cannot represent non-integer value: \"one\"","locations":[{"line":1,"column":8}],"extensions":{"code":"BAD_USER_INPUT"}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Mutation_Returns405WithAllowPost()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { rename(id: 1, name: \"x\") { id } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Empty(executor.Calls);
    }

    [Fact]
    public async Task Get_Query_Executes()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        var response = await gateway.Client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }") + "&variables=" + Uri.EscapeDataString("""{"n":"x"}"""));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"n":"x"}""", RecordingExecutor.Variables(executor.Calls[0].Operation));
    }

    [Fact]
    public async Task Post_UnsupportedAccept_Returns406()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.PostAsync("""{"query":"{ hello }"}""", "application/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Post_UnsupportedContentType_Returns415(string contentType)
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.Client.PostAsync("/graphql", TestGateway.Json("""{"query":"{ hello }"}""", contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor(), new() { ["GraphGateway:Limits:MaxRequestBytes"] = "64" });
        var response = await gateway.PostAsync("{\"query\":\"{ hello " + new string(' ', 100) + "}\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_IntrospectionInProductionByDefault_Refused()
    {
        await using var gateway = await TestGateway.StartAsync(new RecordingExecutor());
        var response = await gateway.PostAsync("""{"query":"{ __schema { queryType { name } } }"}""");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            """{"errors":[{"message":"GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".","locations":[{"line":1,"column":3}],"extensions":{"code":"INTROSPECTION_DISABLED"}}]}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_IntrospectionInDevelopment_Allowed()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor, environment: "Development");
        var response = await gateway.PostAsync("""{"query":"{ __schema { queryType { name } } }"}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(executor.Calls);
    }

    [Theory]
    [InlineData("true", "true", true)]
    [InlineData("true", "false", false)]
    [InlineData("false", "true", false)]
    public async Task Post_QueryPlanHeader_PassedOnlyWhenAllowed(string allow, string header, bool expected)
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor, new() { ["GraphGateway:QueryPlan:AllowHeader"] = allow });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = TestGateway.Json("""{"query":"{ hello }"}""") };
        request.Headers.Add("GraphGateway-Query-Plan", header);
        await gateway.Client.SendAsync(request);
        Assert.Equal(expected, executor.Calls[0].Context.IncludeQueryPlan);
    }

    [Fact]
    public async Task Post_ExecutorThrowsInProduction_Returns500WithoutDetails()
    {
        await using var gateway = await TestGateway.StartAsync(new ThrowingExecutor());
        var response = await gateway.PostAsync("""{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"The gateway failed to execute the operation (InvalidOperationException).","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_ExecutorThrowsInDevelopment_IncludesExceptionMessage()
    {
        await using var gateway = await TestGateway.StartAsync(new ThrowingExecutor(), environment: "Development");
        var response = await gateway.PostAsync("""{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("secret internal detail", await response.Content.ReadAsStringAsync());
    }
}
