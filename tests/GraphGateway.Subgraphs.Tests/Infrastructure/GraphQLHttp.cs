using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphGateway.Subgraphs.Tests.Infrastructure;

/// <summary>Sends GraphQL requests to a test host and normalises JSON for exact comparison.</summary>
public static class GraphQLHttp
{
    /// <summary>POSTs <c>{"query", "variables"}</c> to <c>/graphql</c>.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> PostAsync(HttpClient client, string query, object? variables = null)
    {
        var payload = JsonSerializer.Serialize(new { query, variables });
        return await PostRawAsync(client, payload, "application/json");
    }

    /// <summary>POSTs a raw body with the given content type.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> PostRawAsync(HttpClient client, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>GETs <c>/graphql?query=...</c>.</summary>
    public static async Task<(HttpStatusCode Status, string Body)> GetAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Re-serialises JSON compactly so that formatting differences do not matter.</summary>
    public static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString();

    /// <summary>Asserts that <paramref name="actual"/> is exactly the JSON document <paramref name="expected"/>.</summary>
    public static void AssertJson(string expected, string actual) => Assert.Equal(Normalize(expected), Normalize(actual));
}
