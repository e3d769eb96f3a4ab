using GraphGateway.Core.Operations;
using GraphGateway.Execution.Transport.Health;
using GraphGateway.Execution.Transport.LoadBalancing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Sends subgraph requests over HTTP through <see cref="IHttpClientFactory"/> with the named client
/// <c>GraphGateway.Subgraph.&lt;subgraph name&gt;</c> (<see cref="ClientName"/>): POST <c>application/json</c>,
/// <c>Accept: application/graphql-response+json, application/json</c>, forwarded headers, and the subgraph's
/// <see cref="SubgraphResilienceOptions"/> (docs/runtime.md, "Subgraph resilience" and "Load balancing and failover"):
/// an overall and a per-attempt timeout, retries of queries, failover of every operation whose attempt reached no server,
/// optional hedging of queries, health-aware load balancing over the subgraph's URLs, passive health (ejection with
/// back-off, one probe while half-open) and active health checks per URL.
/// </summary>
/// <remarks>
/// URL health lives in a <see cref="SubgraphHealthRegistry"/>: pass the gateway's registry so health survives a
/// supergraph reload and can be read (<see cref="SubgraphHealthRegistry.GetStatuses"/>); without one the client makes
/// its own and disposing the client stops its health checks.
/// </remarks>
public sealed partial class HttpSubgraphClient : ISubgraphClient, IDisposable
{
    private readonly IHttpClientFactory _factory;
    private readonly Dictionary<string, SubgraphRoute> _routes;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly bool _ownsHealth;
    private readonly TimeoutSources _timeouts;

    /// <summary>Creates the client over <paramref name="endpoints"/>.</summary>
    /// <param name="factory">Creates the named clients.</param>
    /// <param name="endpoints">Endpoints by subgraph name.</param>
    /// <param name="timeProvider">Clock for timeouts, backoff, hedging, ejections and latencies; the registry's (else <see cref="TimeProvider.System"/>) when null.</param>
    /// <param name="logger">URL state changes (events 4101, 4102, 4104, 4106), retries (4103, debug) and failovers (4105, debug); none when null.</param>
    /// <param name="health">The gateway's URL states; a registry of this client's own when null.</param>
    public HttpSubgraphClient(
        IHttpClientFactory factory,
        IReadOnlyDictionary<string, SubgraphEndpoint> endpoints,
        TimeProvider? timeProvider = null,
        ILogger? logger = null,
        SubgraphHealthRegistry? health = null)
    {
        _factory = factory;
        _logger = logger ?? NullLogger.Instance;
        _ownsHealth = health is null;
        Health = health ?? new SubgraphHealthRegistry(factory, timeProvider, _logger);
        _time = timeProvider ?? Health.Time;
        _timeouts = new TimeoutSources(_time);
        _routes = Health.Attach(endpoints).ToDictionary(
            e => e.Key,
            e => new SubgraphRoute(endpoints[e.Key], e.Value, _time),
            StringComparer.Ordinal);
    }

    /// <summary>The state of every URL (the registry given to the constructor, or this client's own).</summary>
    public SubgraphHealthRegistry Health { get; }

    /// <summary>The named <see cref="HttpClient"/> for <paramref name="subgraph"/>.</summary>
    public static string ClientName(string subgraph) => "GraphGateway.Subgraph." + subgraph;

    /// <inheritdoc />
    /// <remarks>
    /// Queries may be retried, hedged and used as probes; every other kind is sent to another URL only when its attempt
    /// reached no server (docs/runtime.md, "Subgraph resilience").
    /// </remarks>
    public ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        if (!_routes.TryGetValue(request.Subgraph, out var route))
        {
            return ValueTask.FromResult(SubgraphResult.Failed(SubgraphFailureKind.NotConfigured, $"no URL is configured for subgraph '{request.Subgraph}'"));
        }

        return new Call(this, route, request.Body, request.Kind, request.Context?.Headers, cancellationToken).RunAsync();
    }

    /// <summary>Stops the health checks of the client's own registry (a registry given to the constructor is left running).</summary>
    public void Dispose()
    {
        if (_ownsHealth)
        {
            Health.Dispose();
        }
    }

    /// <summary>A delay a timer accepts: longer than about 49 days means never.</summary>
    private static TimeSpan TimerDelay(TimeSpan delay) => delay < TimeSpan.FromDays(49) ? delay : Timeout.InfiniteTimeSpan;
}
