namespace GraphGateway.Execution.Transport.Health;

/// <summary>Where one subgraph URL stands in the load balancer's rotation.</summary>
public enum SubgraphUrlState
{
    /// <summary>In the rotation.</summary>
    Healthy,

    /// <summary>Out of the rotation after failures (passive health), until its ejection time is over.</summary>
    Ejected,

    /// <summary>The ejection is over: one query may go to it as a probe (or is on its way) while other requests go elsewhere.</summary>
    HalfOpen,

    /// <summary>Out of the rotation because its active health checks fail.</summary>
    Unhealthy,
}

/// <summary>
/// A point-in-time view of one subgraph URL, for readiness checks, metrics and diagnostics
/// (<see cref="SubgraphHealthRegistry.GetStatuses"/>).
/// </summary>
public sealed record SubgraphUrlStatus
{
    /// <summary>The subgraph name.</summary>
    public required string Subgraph { get; init; }

    /// <summary>The URL requests are posted to.</summary>
    public required Uri Url { get; init; }

    /// <summary>Its state in the rotation.</summary>
    public required SubgraphUrlState State { get; init; }

    /// <summary>When it entered <see cref="State"/> (the time it was first seen, for a URL that never changed).</summary>
    public required DateTimeOffset Since { get; init; }

    /// <summary>For <see cref="SubgraphUrlState.Ejected"/>: when the ejection ends; otherwise null.</summary>
    public DateTimeOffset? EjectedUntil { get; init; }

    /// <summary>Requests to it in flight now.</summary>
    public int RequestsInFlight { get; init; }

    /// <summary>Its peak-sensitive moving average of answer times (zero before the first answer).</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>Failed attempts in a row (transport errors, timeouts, HTTP 502/503/504).</summary>
    public int ConsecutiveFailures { get; init; }

    /// <summary>When its last active health check finished, or null when none ran (checks off, or not yet).</summary>
    public DateTimeOffset? LastHealthCheck { get; init; }

    /// <summary>What its last failure was (attempt or health check), or null when it never failed.</summary>
    public string? LastFailure { get; init; }
}
