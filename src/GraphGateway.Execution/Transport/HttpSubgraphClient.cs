using System.Net.Http.Headers;
using GraphGateway.Core.Operations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends subgraph requests over HTTP through <see cref="IHttpClientFactory"/> with the named client
/// <c>GraphGateway.Subgraph.&lt;subgraph name&gt;</c> (<see cref="ClientName"/>): POST <c>application/json</c>,
/// <c>Accept: application/graphql-response+json, application/json</c>, forwarded headers, and the subgraph's
/// <see cref="SubgraphResilienceOptions"/> (docs/runtime.md, "Execution"): overall and per-attempt timeouts, retries of queries on
/// transport errors, attempt timeouts and 502/503/504 (preferring another URL), a circuit breaker per URL (an open
/// circuit fails fast), and load balancing over the subgraph's URLs.
/// </summary>
public sealed class HttpSubgraphClient : ISubgraphClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // Sent as is, without parsing it into header value objects on every request.
    private const string AcceptValue = "application/graphql-response+json, application/json";
    private readonly IHttpClientFactory _factory;
    private readonly Dictionary<string, SubgraphRoute> _routes;

    /// <summary>Creates the client with fresh circuits (all closed).</summary>
    /// <param name="factory">Creates the named clients.</param>
    /// <param name="endpoints">Endpoints by subgraph name.</param>
    /// <param name="timeProvider">Clock for backoff, attempt timeouts and circuit breaks; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Circuit changes (events 4101, 4102) and retries (4103, debug); none when null.</param>
    public HttpSubgraphClient(IHttpClientFactory factory, IReadOnlyDictionary<string, SubgraphEndpoint> endpoints, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        _factory = factory;
        var time = timeProvider ?? TimeProvider.System;
        var log = logger ?? NullLogger.Instance;
        _routes = endpoints.ToDictionary(e => e.Key, e => new SubgraphRoute(e.Value, time, log), StringComparer.Ordinal);
    }

    /// <summary>The named <see cref="HttpClient"/> for <paramref name="subgraph"/>.</summary>
    public static string ClientName(string subgraph) => "GraphGateway.Subgraph." + subgraph;

    /// <inheritdoc />
    /// <remarks>Only <see cref="OperationKind.Query"/> requests are retried.</remarks>
    public async ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        var (subgraph, kind, body) = (request.Subgraph, request.Kind, request.Body);
        if (!_routes.TryGetValue(subgraph, out var route))
        {
            return new SubgraphResult(null, 0, $"no URL is configured for subgraph '{subgraph}'");
        }

        var endpoint = route.Endpoint;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(endpoint.Timeout);
        var attempt = new Attempt(this, route, body, request.Context?.Headers);
        var pipeline = kind == OperationKind.Query ? route.QueryPipeline : ResiliencePipeline<SubgraphResult>.Empty;
        var resilienceContext = ResilienceContextPool.Shared.Get(timeout.Token);
        Outcome<SubgraphResult> outcome;
        try
        {
            outcome = await pipeline.ExecuteOutcomeAsync(static (ctx, a) => a.RunAsync(ctx), resilienceContext, attempt).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilienceContext);
        }

        if (outcome.Exception is null)
        {
            return outcome.Result!;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var suffix = attempt.Count > 1 ? $" (after {attempt.Count} attempts)" : string.Empty;
        var failure = outcome.Exception switch
        {
            _ when timeout.IsCancellationRequested => $"timed out after {endpoint.Timeout.TotalSeconds:0.###} s",
            TimeoutRejectedException => $"attempt timed out after {endpoint.Resilience.AttemptTimeout.TotalSeconds:0.###} s",
            BrokenCircuitException => attempt.CircuitMessage(),
            HttpRequestException or IOException or SubgraphResponseTooLargeException => outcome.Exception.Message,
            var ex => ex.GetType().Name + ": " + ex.Message,
        };
        return new SubgraphResult(null, 0, failure + suffix);
    }

    /// <summary>One request's attempts: picks a URL per attempt and sends through that URL's circuit and timeout.</summary>
    private sealed class Attempt(HttpSubgraphClient owner, SubgraphRoute route, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string>? headers)
    {
        private List<SubgraphUrl>? _tried;
        private Uri? _rejectedBy;

        public int Count { get; private set; }

        public string CircuitMessage() => _rejectedBy is { } url
            ? $"circuit breaker is open for {url} after repeated failures; failing fast"
            : $"circuit breaker is open for every URL of subgraph '{route.Endpoint.Name}' after repeated failures; failing fast";

        public async ValueTask<Outcome<SubgraphResult>> RunAsync(ResilienceContext ctx)
        {
            Count++;
            var url = route.Pick(_tried);
            if (url is null)
            {
                _rejectedBy = route.Endpoint.AdditionalUrls.Count == 0 ? route.Endpoint.Url : null;
                return Outcome.FromException<SubgraphResult>(new BrokenCircuitException());
            }

            if (route.HasSeveralUrls)
            {
                (_tried ??= []).Add(url);
            }

            url.Enter();
            try
            {
                var outcome = await url.Pipeline.ExecuteOutcomeAsync(static (c, s) => s.Self.SendOnceAsync(s.Url.Url, c.CancellationToken), ctx, (Self: this, Url: url)).ConfigureAwait(false);
                if (outcome.Exception is BrokenCircuitException)
                {
                    _rejectedBy = url.Url;
                }

                return outcome;
            }
            finally
            {
                url.Exit();
            }
        }

        private async ValueTask<Outcome<SubgraphResult>> SendOnceAsync(Uri url, CancellationToken cancellationToken)
        {
            try
            {
                var client = owner._factory.CreateClient(ClientName(route.Endpoint.Name));
                using var request = new HttpRequestMessage(HttpMethod.Post, url);
                request.Content = new ReadOnlyMemoryContent(body);
                request.Content.Headers.ContentType = JsonContentType;
                request.Headers.TryAddWithoutValidation("Accept", AcceptValue);
                foreach (var name in route.Endpoint.ForwardHeaders)
                {
                    if (headers is not null && headers.TryGetValue(name, out var value))
                    {
                        request.Headers.TryAddWithoutValidation(name, value);
                    }
                }

                // Headers first, then the body straight into a pooled array (released by the executor after the response is written).
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var (array, length) = await ResponseBodyReader.ReadAsync(response.Content, route.Endpoint.MaxResponseBytes, cancellationToken).ConfigureAwait(false);
                return Outcome.FromResult(SubgraphResult.FromPool(array, length, (int)response.StatusCode));
            }
            catch (Exception ex)
            {
                return Outcome.FromException<SubgraphResult>(ex);
            }
        }
    }
}
