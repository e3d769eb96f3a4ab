using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Inventory;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Reviews;
using GraphGateway.Subgraphs.Tests.Infrastructure;
using static GraphGateway.Subgraphs.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.Subgraphs.Tests.Http;

/// <summary>
/// Bad input answers with a GraphQL-shaped error (never a 500 or a stack trace) and the service keeps
/// serving. Run against each of the four subgraphs.
/// </summary>
/// <typeparam name="TSubgraph">The subgraph under test.</typeparam>
public abstract class BadInputTests<TSubgraph> : IAsyncLifetime
    where TSubgraph : class, ISubgraph
{
    private readonly SubgraphFactory<TSubgraph> factory = new();
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        this.client = this.factory.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await this.factory.DisposeAsync();

    [Fact]
    public async Task Post_MalformedQuery_ReturnsSyntaxError()
    {
        var (status, body) = await PostAsync(this.client, "{ __typename ");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":14}],"extensions":{"code":"SYNTAX_ERROR","codes":["SYNTAX_ERROR"]}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_MalformedQueryAcceptingGraphQLResponse_Returns400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename "}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await this.client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_UnknownField_ReturnsValidationError()
    {
        var (status, body) = await PostAsync(this.client, "{ notAField }");

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"errors":[{"message":"Cannot query field 'notAField' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","codes":["FIELDS_ON_CORRECT_TYPE"],"number":"5.3.1"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_VariableOfWrongType_ReturnsVariableError()
    {
        var (status, body) = await PostAsync(this.client, "query($b: Boolean!) { __typename @skip(if: $b) }", new { b = "abc" });

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"errors":[{"message":"Variable '$b' is invalid. Unable to convert 'abc' to 'Boolean'","locations":[{"line":1,"column":7}],"extensions":{"code":"INVALID_VALUE","codes":["INVALID_VALUE","INVALID_OPERATION"],"number":"5.8"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_UnknownTypenameInRepresentation_ReturnsArgumentError()
    {
        var (status, body) = await PostAsync(this.client,
            "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }",
            new { r = new object[] { new { __typename = "NoSuchType", id = "1" } } });

        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""
            {"errors":[{"message":"Invalid value for argument 'representations' of field '_entities'. The type 'NoSuchType' could not be found.","locations":[{"line":1,"column":50}],"extensions":{"code":"INVALID_VALUE","codes":["INVALID_VALUE","INVALID_OPERATION"],"number":"5.6"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_BodyOverLimit_Returns413()
    {
        var padding = new string(' ', SubgraphFactory<TSubgraph>.MaxRequestBytes);
        var (status, body) = await PostRawAsync(this.client, "{\"query\":\"{ __typename }" + padding + "\"}", "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        AssertJson("""
            {"errors":[{"message":"The request body exceeds the limit of 65536 bytes.","extensions":{"code":"REQUEST_TOO_LARGE"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Get_QueryStringOverLimit_Returns413()
    {
        var (status, body) = await GetAsync(this.client, "{ __typename }" + new string(' ', SubgraphFactory<TSubgraph>.MaxRequestBytes));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        AssertJson("""
            {"errors":[{"message":"The query string exceeds the limit of 65536 characters.","extensions":{"code":"REQUEST_TOO_LARGE"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Get_VariablesNotJson_Returns400()
    {
        using var response = await this.client.GetAsync(new Uri("/graphql?query=%7B__typename%7D&variables=%7Bnot-json", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("errors")[0];
        Assert.StartsWith("The 'variables' or 'extensions' query parameter is not a JSON object: ", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("BAD_REQUEST", error.GetProperty("extensions").GetProperty("code").GetString());
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_InvalidJson_Returns400()
    {
        var (status, body) = await PostRawAsync(this.client, "{\"query\": ", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertJson("""
            {"errors":[{"message":"The request body is not a valid GraphQL request JSON object: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. Path: $ | LineNumber: 0 | BytePositionInLine: 10.","extensions":{"code":"BAD_REQUEST"}}]}
            """, body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_NoQuery_Returns400()
    {
        var (status, body) = await PostRawAsync(this.client, "{\"variables\":{}}", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertJson("""{"errors":[{"message":"The request body has no 'query'.","extensions":{"code":"BAD_REQUEST"}}]}""", body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Post_TextPlain_Returns415()
    {
        var (status, body) = await PostRawAsync(this.client, "{ __typename }", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        AssertJson("""{"errors":[{"message":"POST requests must have Content-Type 'application/json'.","extensions":{"code":"UNSUPPORTED_MEDIA_TYPE"}}]}""", body);
        await this.AssertStillServingAsync();
    }

    [Fact]
    public async Task Get_Mutation_Returns405()
    {
        var (status, body) = await GetAsync(this.client, "mutation { anything }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        AssertJson("""{"errors":[{"message":"Only query operations can be sent with GET; use POST for mutations.","extensions":{"code":"METHOD_NOT_ALLOWED"}}]}""", body);
        await this.AssertStillServingAsync();
    }

    private async Task AssertStillServingAsync()
    {
        var (status, body) = await GetAsync(this.client, "{ __typename }");
        Assert.Equal(HttpStatusCode.OK, status);
        AssertJson("""{"data":{"__typename":"Query"}}""", body);
    }
}

/// <summary>Bad input against the accounts subgraph.</summary>
public sealed class AccountsBadInputTests : BadInputTests<AccountsSubgraph>;

/// <summary>Bad input against the products subgraph.</summary>
public sealed class ProductsBadInputTests : BadInputTests<ProductsSubgraph>;

/// <summary>Bad input against the inventory subgraph.</summary>
public sealed class InventoryBadInputTests : BadInputTests<InventorySubgraph>;

/// <summary>Bad input against the reviews subgraph.</summary>
public sealed class ReviewsBadInputTests : BadInputTests<ReviewsSubgraph>;
