using System.Net;

namespace GraphGateway.BenchSubgraphs.Tests;

public sealed class BadRequestTests
{
    [Fact]
    public async Task Post_BodyNotJson_Returns400NamingSubgraph()
    {
        var (status, body) = await BenchServer.Shared.PostRawAsync("products", "not json");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("products: request body is not valid JSON", Json.StringAt(body, "errors", "0", "message").Replace("\n", " "));
    }

    [Fact]
    public async Task Post_NoQuery_Returns400()
    {
        var (status, body) = await BenchServer.Shared.PostRawAsync("inventory", "{}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"errors":[{"message":"inventory: request body has no \u0027query\u0027."}]}""", body);
    }
}
