namespace GraphGateway.AspNetCore.Configuration;

/// <summary>
/// The settings of how a subgraph is called, shared by <c>GraphGateway:SubgraphDefaults</c> (every subgraph) and
/// <c>GraphGateway:Subgraphs:&lt;name&gt;</c> (one subgraph). An unset value falls back to the defaults section, then to
/// the built-in value given on each property.
/// </summary>
public abstract class SubgraphCallOptions
{
    /// <summary><c>Timeout</c>: per request, all attempts included (e.g. <c>00:00:05</c>), positive; built-in 30 seconds.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary><c>AttemptTimeout</c>: per attempt, 10 ms to 1 day; built-in 10 seconds.</summary>
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary><c>MaxResponseBytes</c>: most bytes of one response body read from the subgraph, 1 to 2147483590; built-in 64 MiB (67108864).</summary>
    public long? MaxResponseBytes { get; set; }

    /// <summary><c>LoadBalancing</c>: <c>PeakEwma</c>, <c>RoundRobin</c> or <c>LeastRequests</c>; built-in <c>PeakEwma</c>.</summary>
    public string? LoadBalancing { get; set; }

    /// <summary><c>HedgeDelay</c>: after this long without an answer a query is also sent to another URL (first answer wins); 1 ms to 1 minute, or <c>00:00:00</c> for off; built-in off.</summary>
    public TimeSpan? HedgeDelay { get; set; }

    /// <summary><c>Retry</c>: retries of queries.</summary>
    public SubgraphRetryOptions Retry { get; set; } = new();

    /// <summary><c>HealthCheck</c>: passive and active health per URL.</summary>
    public SubgraphHealthCheckOptions HealthCheck { get; set; } = new();
}

/// <summary><c>GraphGateway:Subgraphs:&lt;name&gt;</c>: where one subgraph is and how it is called (unset call settings come from <c>SubgraphDefaults</c>).</summary>
public sealed class SubgraphOptions : SubgraphCallOptions
{
    /// <summary><c>Url</c>: overrides the URL from the package/supergraph (absolute http or https).</summary>
    public string? Url { get; set; }

    /// <summary><c>Urls</c>: overrides all URLs from the package/supergraph; requests are load-balanced over them. Not together with <c>Url</c>.</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary><c>ForwardHeaders</c>: client request headers forwarded to this subgraph, besides the global ones.</summary>
    public List<string> ForwardHeaders { get; set; } = [];
}


/// <summary><c>GraphGateway:SubgraphDefaults</c>: call settings for every subgraph; unset values use the built-in defaults.</summary>
public sealed class SubgraphDefaultsOptions : SubgraphCallOptions;

/// <summary><c>Retry</c>: retries of subgraph queries (never mutations) after transport errors, attempt timeouts and HTTP 502/503/504.</summary>
public sealed class SubgraphRetryOptions
{
    /// <summary><c>MaxAttempts</c>: attempts including the first, 1 to 10 (1 = no retries); default 3.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary><c>BaseDelay</c>: backoff before the first retry, doubled per retry with jitter; 0 to 1 minute, default 50 ms.</summary>
    public TimeSpan? BaseDelay { get; set; }

    /// <summary><c>MaxDelay</c>: largest backoff; at least <c>BaseDelay</c>, at most 1 minute, default 1 second.</summary>
    public TimeSpan? MaxDelay { get; set; }
}
