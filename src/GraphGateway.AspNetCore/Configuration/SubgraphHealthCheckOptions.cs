namespace GraphGateway.AspNetCore.Configuration;

/// <summary><c>HealthCheck</c>: health per subgraph URL, from real requests (<c>Passive</c>) and periodic checks (<c>Active</c>).</summary>
public sealed class SubgraphHealthCheckOptions
{
    /// <summary><c>Passive</c>: ejection of failing URLs.</summary>
    public SubgraphPassiveHealthCheckOptions Passive { get; set; } = new();

    /// <summary><c>Active</c>: periodic health checks.</summary>
    public SubgraphActiveHealthCheckOptions Active { get; set; } = new();
}

/// <summary><c>HealthCheck:Passive</c>: failures that take a URL out of the rotation, and for how long (docs/runtime.md, "Load balancing and failover").</summary>
public sealed class SubgraphPassiveHealthCheckOptions
{
    /// <summary><c>Enabled</c>: default true.</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>ConsecutiveFailures</c>: failures in a row that eject a URL at once; 1 to 1000, default 3.</summary>
    public int? ConsecutiveFailures { get; set; }

    /// <summary><c>FailureRatio</c>: failed share of attempts in the sampling window that ejects a URL, above 0 and at most 1; default 0.5.</summary>
    public double? FailureRatio { get; set; }

    /// <summary><c>MinimumThroughput</c>: attempts in the window before the ratio applies; at least 2, default 10.</summary>
    public int? MinimumThroughput { get; set; }

    /// <summary><c>SamplingDuration</c>: the window; 0.5 s to 1 day, default 10 s.</summary>
    public TimeSpan? SamplingDuration { get; set; }

    /// <summary><c>EjectionTime</c>: first ejection, doubled for each ejection soon after a return; 10 ms to 1 day, default 1 s.</summary>
    public TimeSpan? EjectionTime { get; set; }

    /// <summary><c>MaxEjectionTime</c>: longest ejection; at least <c>EjectionTime</c>, at most 1 day, default 30 s.</summary>
    public TimeSpan? MaxEjectionTime { get; set; }
}

/// <summary><c>HealthCheck:Active</c>: periodic checks of every URL of the subgraph (docs/runtime.md, "Load balancing and failover").</summary>
public sealed class SubgraphActiveHealthCheckOptions
{
    /// <summary><c>Enabled</c>: default false.</summary>
    public bool? Enabled { get; set; }

    /// <summary><c>Interval</c>: between checks of one URL; 100 ms to 1 day, default 5 s.</summary>
    public TimeSpan? Interval { get; set; }

    /// <summary><c>Timeout</c>: of one check; 10 ms to 1 day and not longer than <c>Interval</c>; default 2 s.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary><c>Path</c>: an absolute path (e.g. <c>/health</c>) checked with GET (2xx passes); unset: POST <c>Query</c> to the subgraph URL.</summary>
    public string? Path { get; set; }

    /// <summary><c>Query</c>: the GraphQL document POSTed when <c>Path</c> is unset (passes on 2xx with data and no errors); default <c>{ __typename }</c>.</summary>
    public string? Query { get; set; }

    /// <summary><c>UnhealthyThreshold</c>: failed checks in a row that take a URL out; 1 to 100, default 2.</summary>
    public int? UnhealthyThreshold { get; set; }

    /// <summary><c>HealthyThreshold</c>: passed checks in a row that bring it back; 1 to 100, default 1.</summary>
    public int? HealthyThreshold { get; set; }
}
