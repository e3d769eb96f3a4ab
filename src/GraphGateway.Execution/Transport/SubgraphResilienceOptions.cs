namespace GraphGateway.Execution.Transport;

/// <summary>
/// How the HTTP transport copes with a failing subgraph (docs/runtime.md, "Execution"): a timeout per attempt, bounded retries of queries
/// with exponential backoff and jitter, a circuit breaker per URL, and load balancing over several URLs. The strategies
/// are Polly's, as used by <c>Microsoft.Extensions.Http.Resilience</c>.
/// </summary>
/// <remarks>
/// A <em>failure</em> is a transport error (connection refused or reset, unreadable response), an attempt timeout, or HTTP
/// 502, 503 or 504. Only failures of queries are retried; mutations are sent once. Every failure counts for the circuit.
/// </remarks>
public sealed record SubgraphResilienceOptions
{
    /// <summary>Timeout of one attempt; default 10 seconds. At least 10 ms. When not shorter than the overall timeout, only the overall one applies.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts per query including the first (1 = no retries); default 3 (two retries). Between 1 and 10.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Backoff before the first retry, doubled per retry with jitter; default 50 ms. Between 0 and 1 minute.</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Largest backoff between attempts; default 1 second. Not less than <see cref="RetryBaseDelay"/>.</summary>
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether each URL has a circuit breaker; default true.</summary>
    public bool CircuitBreakerEnabled { get; init; } = true;

    /// <summary>Failed share of attempts within <see cref="SamplingDuration"/> that opens the circuit, in (0, 1]; default 0.5.</summary>
    public double FailureRatio { get; init; } = 0.5;

    /// <summary>Attempts within <see cref="SamplingDuration"/> needed before the circuit may open; at least 2, default 10.</summary>
    public int MinimumThroughput { get; init; } = 10;

    /// <summary>Window over which the failure ratio is measured; at least 0.5 s, default 30 s.</summary>
    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit fails fast before one probe request is let through (half-open); at least 0.5 s, default 5 s.</summary>
    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How a request picks one of several URLs; default <see cref="SubgraphLoadBalancing.RoundRobin"/>.</summary>
    public SubgraphLoadBalancing LoadBalancing { get; init; } = SubgraphLoadBalancing.RoundRobin;
}

/// <summary>How a request picks one of a subgraph's URLs; URLs whose circuit is open are skipped.</summary>
public enum SubgraphLoadBalancing
{
    /// <summary>Each URL in turn.</summary>
    RoundRobin,

    /// <summary>The URL with fewest requests in flight (ties in round-robin order).</summary>
    LeastRequests,
}
