using System.Net.Http.Headers;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends subgraph requests over HTTP through <see cref="IHttpClientFactory"/> with the named client
/// <c>GraphGateway.Subgraph.&lt;subgraph name&gt;</c> (<see cref="ClientName"/>): POST <c>application/json</c>,
/// <c>Accept: application/graphql-response+json, application/json</c>, the subgraph's timeout, forwarded headers.
/// </summary>
public sealed class HttpSubgraphClient : ISubgraphClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // Sent as is, without parsing it into header value objects on every request.
    private const string AcceptValue = "application/graphql-response+json, application/json";
    private readonly IHttpClientFactory _factory;
    private readonly IReadOnlyDictionary<string, SubgraphEndpoint> _endpoints;

    /// <summary>Creates the client.</summary>
    /// <param name="factory">Creates the named clients.</param>
    /// <param name="endpoints">Endpoints by subgraph name.</param>
    public HttpSubgraphClient(IHttpClientFactory factory, IReadOnlyDictionary<string, SubgraphEndpoint> endpoints)
    {
        _factory = factory;
        _endpoints = endpoints;
    }

    /// <summary>The named <see cref="HttpClient"/> for <paramref name="subgraph"/>.</summary>
    public static string ClientName(string subgraph) => "GraphGateway.Subgraph." + subgraph;

    /// <inheritdoc />
    public async Task<SubgraphResult> SendAsync(string subgraph, ReadOnlyMemory<byte> body, OperationContext context, CancellationToken cancellationToken)
    {
        if (!_endpoints.TryGetValue(subgraph, out var endpoint))
        {
            return new SubgraphResult(null, 0, $"no URL is configured for subgraph '{subgraph}'");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(endpoint.Timeout);
        try
        {
            var client = _factory.CreateClient(ClientName(subgraph));
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = JsonContentType;
            request.Headers.TryAddWithoutValidation("Accept", AcceptValue);
            foreach (var name in endpoint.ForwardHeaders)
            {
                if (context.Headers.TryGetValue(name, out var value))
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            return new SubgraphResult(bytes, (int)response.StatusCode, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new SubgraphResult(null, 0, $"timed out after {endpoint.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return new SubgraphResult(null, 0, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new SubgraphResult(null, 0, ex.GetType().Name + ": " + ex.Message);
        }
    }
}
