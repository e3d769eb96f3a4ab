namespace GraphGateway.Execution.Transport;

/// <summary>
/// How the HTTP transport copes with failing, slow and hung subgraph instances (docs/runtime.md, "Subgraph resilience"):
/// a timeout per attempt, bounded retries of queries with exponential backoff and jitter, failover of requests that
/// reached no server (every operation), optional hedging of queries, health-aware load balancing over the subgraph's
/// URLs, passive health (outlier detection) and optional active health checks per URL.
/// </summary>
/// <remarks>
/// A <em>failure</em> of an attempt is a transport error (<see cref="SubgraphFailureKind.NotSent"/> or
/// <see cref="SubgraphFailureKind.TransportError"/>), an attempt timeout, or HTTP 502, 503 or 504. Failures of queries
/// are retried; a failure that proves the request reached no server (<see cref="SubgraphFailureKind.NotSent"/>) is sent
/// to another URL for every operation, mutations included. Every failure counts for the URL's passive health.
/// </remarks>
public sealed record SubgraphResilienceOptions
{
    /// <summary>Timeout of one attempt; default 10 seconds. At least 10 ms. When not shorter than the overall timeout, only the overall one applies.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Attempts per query including the first (1 = no retries); default 3 (two retries). Between 1 and 10. An attempt
    /// that reached no server (<see cref="SubgraphFailureKind.NotSent"/>) does not count while an untried URL is left.
    /// </summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Backoff before the first retry, doubled per retry, with jitter (a random share between half and all of it); default 50 ms. Between 0 and 1 minute.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest backoff between attempts; default 1 second. Not less than <see cref="RetryBaseDelay"/>.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Hedging of queries: when an attempt has not answered after this long, a second attempt goes to another URL and the
    /// first answer wins (the other attempt is cancelled). Null (the default) turns hedging off. Only with several URLs;
    /// never for mutations. Between 1 ms and 1 minute. The hedged attempt counts against <see cref="MaxAttempts"/>.
    /// </summary>
    public TimeSpan? HedgeDelay { get; init; }

    /// <summary>How a request picks one of several URLs; default <see cref="SubgraphLoadBalancing.PeakEwma"/>.</summary>
    public SubgraphLoadBalancing LoadBalancing { get; init; } = SubgraphLoadBalancing.PeakEwma;

    /// <summary>Passive health: which failures take a URL out of the rotation, and for how long.</summary>
    public SubgraphPassiveHealthOptions PassiveHealth { get; init; } = new();

    /// <summary>Active health checks: periodic requests that mark a URL healthy or unhealthy. Off by default.</summary>
    public SubgraphActiveHealthOptions ActiveHealth { get; init; } = new();
}

/// <summary>
/// Passive health per URL (outlier detection), from the outcomes of real requests: a URL is <em>ejected</em> (taken out
/// of the rotation) after <see cref="ConsecutiveFailures"/> failures in a row, or when at least
/// <see cref="MinimumThroughput"/> attempts within <see cref="SamplingDuration"/> failed at a share of at least
/// <see cref="FailureRatio"/>. After <see cref="EjectionTime"/> (doubled for each ejection that follows within
/// <see cref="MaxEjectionTime"/> of the last one, capped at <see cref="MaxEjectionTime"/>) one query is let through as a
/// probe (half-open) while every other request goes to the other URLs; its success returns the URL to the rotation, its
/// failure ejects it again. With active health checks on, a passing check returns the URL instead of a probe.
/// When every URL of a subgraph is out, requests fail fast with <see cref="SubgraphFailureKind.Unavailable"/>.
/// </summary>
public sealed record SubgraphPassiveHealthOptions
{
    /// <summary>Whether failures eject URLs; default true. Off: every URL stays in the rotation whatever it answers.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Failures in a row that eject a URL at once; default 3. Between 1 and 1000.</summary>
    public int ConsecutiveFailures { get; init; } = 3;

    /// <summary>Failed share of attempts within <see cref="SamplingDuration"/> that ejects a URL, in (0, 1]; default 0.5.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Attempts within <see cref="SamplingDuration"/> needed before <see cref="FailureRatio"/> applies; at least 2, default 10.</summary>
    public int MinimumThroughput { get; init; } = 10;

    /// <summary>Window over which <see cref="FailureRatio"/> is measured; 0.5 s to 1 day, default 10 s.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the first ejection lasts; 10 ms to 1 day, default 1 s.</summary>
    public TimeSpan EjectionTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest ejection; not less than <see cref="EjectionTime"/>, at most 1 day; default 30 s.</summary>
    public TimeSpan MaxEjectionTime { get; init; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// Active health checks per URL: every <see cref="Interval"/> the gateway sends a check to each URL of the subgraph.
/// Without <see cref="Path"/> it POSTs <see cref="Query"/> to the subgraph URL and a check passes on HTTP 2xx with a
/// GraphQL response that has <c>data</c> and no <c>errors</c>; with <see cref="Path"/> it sends <c>GET</c> to that path
/// on the URL's host and a check passes on HTTP 2xx. <see cref="UnhealthyThreshold"/> failed checks in a row take the
/// URL out of the rotation; <see cref="HealthyThreshold"/> passed checks in a row bring it back (also after a passive
/// ejection).
/// </summary>
public sealed record SubgraphActiveHealthOptions
{
    /// <summary>Whether checks run; default false.</summary>
    public bool Enabled { get; init; }

    /// <summary>Time between checks of one URL; 100 ms to 1 day, default 5 s.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Timeout of one check; 10 ms to 1 day and not longer than <see cref="Interval"/>; default 2 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>An absolute path (e.g. <c>/health</c>) checked with GET on the URL's scheme, host and port; null (default): POST <see cref="Query"/> to the URL.</summary>
    public string? Path { get; init; }

    /// <summary>The GraphQL document POSTed when <see cref="Path"/> is null; default <c>{ __typename }</c>.</summary>
    public string Query { get; init; } = "{ __typename }";

    /// <summary>Failed checks in a row that take a URL out of the rotation; 1 to 100, default 2.</summary>
    public int UnhealthyThreshold { get; init; } = 2;

    /// <summary>Passed checks in a row that bring an unhealthy or ejected URL back; 1 to 100, default 1.</summary>
    public int HealthyThreshold { get; init; } = 1;
}

/// <summary>How a request picks one of a subgraph's URLs; URLs out of the rotation are skipped.</summary>
public enum SubgraphLoadBalancing
{
    /// <summary>
    /// Power of two choices by cost: two URLs drawn at random (both when there are two), the one with the lower
    /// latency × (requests in flight + 1) wins. Latency is a peak-sensitive moving average of answer times (a slower
    /// answer counts at once, faster ones pull it down with a 2 s decay), raised to the average age of the requests
    /// still in flight, so a hung instance stops getting requests while its first ones are still waiting.
    /// </summary>
    PeakEwma,

    /// <summary>Each URL in turn.</summary>
    RoundRobin,

    /// <summary>The URL with fewest requests in flight (ties in round-robin order).</summary>
    LeastRequests,
}
