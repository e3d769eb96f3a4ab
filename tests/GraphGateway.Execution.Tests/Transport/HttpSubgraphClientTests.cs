using GraphGateway.Execution.Pipeline;
using GraphGateway.Core.Operations;
using System.Net;
using System.Text;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Execution.Tests.Transport;

/// <summary>The HTTP transport through IHttpClientFactory named clients with in-process handlers.</summary>
public sealed class HttpSubgraphClientTests
{
    [Fact]
    public async Task Send_NamedClientHandler_PostsJsonAndForwardsOnlyConfiguredHeaders()
    {
        HttpRequestMessage? seen = null;
        string? body = null;
        var client = Create(new DelegateHandler(async (request, ct) =>
        {
            seen = request;
            body = await request.Content!.ReadAsStringAsync(ct);
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"data":{}}""") };
        }), TimeSpan.FromSeconds(5), ["authorization"]);
        var context = new GatewayRequestContext(null, CancellationToken.None) { Headers = new Dictionary<string, string> { ["authorization"] = "Bearer 7", ["cookie"] = "c=1" } };

        var result = await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, Encoding.UTF8.GetBytes("""{"query":"{me{id}}"}"""), null, context), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"data":{}}""", Encoding.UTF8.GetString(result.Body!.Value.Span));
        Assert.Equal(HttpMethod.Post, seen!.Method);
        Assert.Equal(new Uri("http://accounts.test/graphql"), seen.RequestUri);
        Assert.Equal("application/json", seen.Content!.Headers.ContentType!.MediaType);
        Assert.Equal("Bearer 7", seen.Headers.Authorization!.ToString());
        Assert.False(seen.Headers.Contains("cookie"));
        Assert.Equal("""{"query":"{me{id}}"}""", body);
    }

    [Fact]
    public async Task Send_SlowSubgraph_ReturnsTimeoutFailure()
    {
        var client = Create(new DelegateHandler(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }), TimeSpan.FromMilliseconds(100), []);

        var result = await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Null(result.Body);
        Assert.Equal("timed out after 0.1 s", result.FailureMessage);
    }

    [Fact]
    public async Task Send_ConnectionRefused_ReturnsFailureMessage()
    {
        var client = Create(new DelegateHandler((_, _) => throw new HttpRequestException("Connection refused (accounts.test:80)")), TimeSpan.FromSeconds(1), []);

        var result = await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal("Connection refused (accounts.test:80)", result.FailureMessage);
    }

    [Fact]
    public async Task Send_CallerCancels_Throws()
    {
        var client = Create(new DelegateHandler(async (_, ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return new HttpResponseMessage(HttpStatusCode.OK);
        }), TimeSpan.FromSeconds(5), []);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, "{}"u8.ToArray(), null, null), cts.Token));
    }

    private static HttpSubgraphClient Create(HttpMessageHandler handler, TimeSpan timeout, IReadOnlyList<string> forward)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpSubgraphClient.ClientName("accounts")).ConfigurePrimaryHttpMessageHandler(() => handler);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        return new HttpSubgraphClient(factory, new Dictionary<string, SubgraphEndpoint>
        {
            ["accounts"] = new() { Name = "accounts", Url = new Uri("http://accounts.test/graphql"), Timeout = timeout, ForwardHeaders = forward },
        });
    }

    private sealed class DelegateHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => send(request, cancellationToken);
    }
}
