using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphGateway.EndToEnd.Tests.Infrastructure;

/// <summary>Sends GraphQL-over-HTTP requests and compares JSON exactly (formatting aside).</summary>
internal static class GraphQLHttp
{
    /// <summary>POSTs <c>{"query","variables","operationName"}</c> as <c>application/json</c> to <c>/graphql</c>.</summary>
    /// <returns>HTTP status code and body.</returns>
    public static async Task<(int Status, string Body)> PostAsync(HttpClient client, string query, object? variables = null, string? operationName = null,
        Dictionary<string, string>? headers = null)
    {
        var payload = new JsonObject { ["query"] = query };
        if (operationName is not null)
        {
            payload["operationName"] = operationName;
        }

        if (variables is not null)
        {
            payload["variables"] = JsonSerializer.SerializeToNode(variables);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var response = await client.SendAsync(request, cts.Token);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(cts.Token));
    }

    /// <summary>Re-serialises JSON compactly so that only formatting differences are ignored (key order counts).</summary>
    public static string Normalize(string json) => JsonNode.Parse(json)!.ToJsonString();

    /// <summary>Asserts that <paramref name="actual"/> is exactly the JSON document <paramref name="expected"/>.</summary>
    public static void AssertJson(string expected, string actual) => Assert.Equal(Normalize(expected), Normalize(actual));
}
