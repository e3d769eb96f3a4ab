using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphGateway.BenchSubgraphs.Tests;

/// <summary>The benchmark subgraph server hosted in process, and a small GraphQL client for it.</summary>
internal sealed class BenchServer : IDisposable
{
    private static readonly Lazy<BenchServer> SharedInstance = new(() => new BenchServer());

    private readonly WebApplicationFactory<Program> factory = new();

    private BenchServer() => Client = factory.CreateClient();

    /// <summary>One server for the read-only tests (counters are not asserted on it).</summary>
    public static BenchServer Shared => SharedInstance.Value;

    public HttpClient Client { get; }

    /// <summary>A fresh server whose counters start at zero.</summary>
    public static BenchServer StartNew() => new();

    /// <summary>POSTs <c>{"query", "variables"}</c> to <c>/{subgraph}</c> and returns the status and the body text.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostAsync(
        string subgraph, string query, object? variables = null, string? authorization = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        return await PostRawAsync(subgraph, body, authorization);
    }

    /// <summary>POSTs <paramref name="body"/> as <c>application/json</c> to <c>/{subgraph}</c>.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostRawAsync(string subgraph, string body, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + subgraph)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("authorization", authorization);
        }

        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Client.Dispose();
        factory.Dispose();
    }
}
