using GraphGateway.AspNetCore.Configuration;
using GraphGateway.Execution.Transport;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Merges <c>GraphGateway:Subgraphs:&lt;name&gt;</c> over <c>GraphGateway:SubgraphDefaults</c> over the built-in defaults
/// into the transport's <see cref="SubgraphResilienceOptions"/>, and checks the ranges (one message per problem, naming
/// the setting).
/// </summary>
internal static class SubgraphResilienceSettings
{
    /// <summary>The built-in overall timeout of one subgraph request.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly SubgraphResilienceOptions Builtin = new();

    /// <summary>The effective overall timeout for a subgraph.</summary>
    public static TimeSpan Timeout(SubgraphOptions? subgraph, SubgraphDefaultsOptions defaults) =>
        subgraph?.Timeout ?? defaults.Timeout ?? DefaultTimeout;

    /// <summary>The effective response size limit for a subgraph, in bytes.</summary>
    public static long MaxResponseBytes(SubgraphOptions? subgraph, SubgraphDefaultsOptions defaults) =>
        subgraph?.MaxResponseBytes ?? defaults.MaxResponseBytes ?? SubgraphEndpoint.DefaultMaxResponseBytes;

    /// <summary>The effective resilience options for a subgraph (<paramref name="subgraph"/> may be null: defaults only).</summary>
    public static SubgraphResilienceOptions Resolve(SubgraphOptions? subgraph, SubgraphDefaultsOptions defaults)
    {
        var retry = subgraph?.Retry;
        var hedge = subgraph?.HedgeDelay ?? defaults.HedgeDelay;
        return new SubgraphResilienceOptions
        {
            AttemptTimeout = subgraph?.AttemptTimeout ?? defaults.AttemptTimeout ?? Builtin.AttemptTimeout,
            MaxAttempts = retry?.MaxAttempts ?? defaults.Retry.MaxAttempts ?? Builtin.MaxAttempts,
            RetryBaseDelay = retry?.BaseDelay ?? defaults.Retry.BaseDelay ?? Builtin.RetryBaseDelay,
            RetryMaxDelay = retry?.MaxDelay ?? defaults.Retry.MaxDelay ?? Builtin.RetryMaxDelay,
            HedgeDelay = hedge is { } h && h > TimeSpan.Zero ? h : null,
            LoadBalancing = ParseLoadBalancing(subgraph?.LoadBalancing ?? defaults.LoadBalancing) ?? Builtin.LoadBalancing,
            PassiveHealth = ResolvePassive(subgraph?.HealthCheck.Passive, defaults.HealthCheck.Passive),
            ActiveHealth = ResolveActive(subgraph?.HealthCheck.Active, defaults.HealthCheck.Active),
        };
    }

    /// <summary>Checks the call settings given at one level (<paramref name="prefix"/> is e.g. <c>GraphGateway:Subgraphs:accounts</c>); one message per problem.</summary>
    public static void Check(string prefix, SubgraphCallOptions settings, List<string> errors)
    {
        if (settings.Timeout is { } timeout && timeout <= TimeSpan.Zero)
        {
            errors.Add($"{prefix}:Timeout: must be positive (got {timeout}).");
        }

        Range(errors, $"{prefix}:AttemptTimeout", settings.AttemptTimeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        if (settings.HedgeDelay is { } hedge && hedge != TimeSpan.Zero)
        {
            Range(errors, $"{prefix}:HedgeDelay", hedge, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1), " (or 00:00:00 for off)");
        }

        var loadBalancing = settings.LoadBalancing;
        var retry = settings.Retry;
        if (loadBalancing is not null && ParseLoadBalancing(loadBalancing) is null)
        {
            errors.Add($"{prefix}:LoadBalancing: '{loadBalancing}' is not PeakEwma, RoundRobin or LeastRequests.");
        }

        if (retry.MaxAttempts is { } attempts && attempts is < 1 or > 10)
        {
            errors.Add($"{prefix}:Retry:MaxAttempts: must be between 1 and 10 (got {attempts}).");
        }

        Range(errors, $"{prefix}:Retry:BaseDelay", retry.BaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        Range(errors, $"{prefix}:Retry:MaxDelay", retry.MaxDelay, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        if (retry is { BaseDelay: { } b, MaxDelay: { } m } && m < b)
        {
            errors.Add($"{prefix}:Retry:MaxDelay: must not be less than Retry:BaseDelay (got {m} < {b}).");
        }

        CheckPassive($"{prefix}:HealthCheck:Passive", settings.HealthCheck.Passive, errors);
        CheckActive($"{prefix}:HealthCheck:Active", settings.HealthCheck.Active, errors);
        var maxBytes = (long)Array.MaxLength - 1;
        if (settings.MaxResponseBytes is { } bytes && (bytes < 1 || bytes > maxBytes))
        {
            errors.Add($"{prefix}:MaxResponseBytes: must be between 1 and {maxBytes} bytes (got {bytes}).");
        }
    }

    /// <summary>Checks what one subgraph ends up with (its settings over the defaults) where two settings meet, e.g. <c>Timeout</c> of active checks against their <c>Interval</c>.</summary>
    public static void CheckResolved(string prefix, SubgraphResilienceOptions resolved, List<string> errors)
    {
        var passive = resolved.PassiveHealth;
        if (passive.MaxEjectionTime < passive.EjectionTime)
        {
            errors.Add($"{prefix}:HealthCheck:Passive:MaxEjectionTime: must not be less than EjectionTime (got {passive.MaxEjectionTime} < {passive.EjectionTime}).");
        }

        var active = resolved.ActiveHealth;
        if (active.Enabled && active.Timeout > active.Interval)
        {
            errors.Add($"{prefix}:HealthCheck:Active:Timeout: must not be longer than Interval (got {active.Timeout} > {active.Interval}).");
        }
    }

    private static SubgraphPassiveHealthOptions ResolvePassive(SubgraphPassiveHealthCheckOptions? subgraph, SubgraphPassiveHealthCheckOptions defaults)
    {
        var builtin = Builtin.PassiveHealth;
        return new SubgraphPassiveHealthOptions
        {
            Enabled = subgraph?.Enabled ?? defaults.Enabled ?? builtin.Enabled,
            ConsecutiveFailures = subgraph?.ConsecutiveFailures ?? defaults.ConsecutiveFailures ?? builtin.ConsecutiveFailures,
            FailureRatio = subgraph?.FailureRatio ?? defaults.FailureRatio ?? builtin.FailureRatio,
            MinimumThroughput = subgraph?.MinimumThroughput ?? defaults.MinimumThroughput ?? builtin.MinimumThroughput,
            SamplingDuration = subgraph?.SamplingDuration ?? defaults.SamplingDuration ?? builtin.SamplingDuration,
            EjectionTime = subgraph?.EjectionTime ?? defaults.EjectionTime ?? builtin.EjectionTime,
            MaxEjectionTime = subgraph?.MaxEjectionTime ?? defaults.MaxEjectionTime ?? builtin.MaxEjectionTime,
        };
    }

    private static SubgraphActiveHealthOptions ResolveActive(SubgraphActiveHealthCheckOptions? subgraph, SubgraphActiveHealthCheckOptions defaults)
    {
        var builtin = Builtin.ActiveHealth;
        return new SubgraphActiveHealthOptions
        {
            Enabled = subgraph?.Enabled ?? defaults.Enabled ?? builtin.Enabled,
            Interval = subgraph?.Interval ?? defaults.Interval ?? builtin.Interval,
            Timeout = subgraph?.Timeout ?? defaults.Timeout ?? builtin.Timeout,
            Path = subgraph?.Path ?? defaults.Path ?? builtin.Path,
            Query = subgraph?.Query ?? defaults.Query ?? builtin.Query,
            UnhealthyThreshold = subgraph?.UnhealthyThreshold ?? defaults.UnhealthyThreshold ?? builtin.UnhealthyThreshold,
            HealthyThreshold = subgraph?.HealthyThreshold ?? defaults.HealthyThreshold ?? builtin.HealthyThreshold,
        };
    }

    private static void CheckPassive(string prefix, SubgraphPassiveHealthCheckOptions passive, List<string> errors)
    {
        if (passive.ConsecutiveFailures is { } consecutive && consecutive is < 1 or > 1000)
        {
            errors.Add($"{prefix}:ConsecutiveFailures: must be between 1 and 1000 (got {consecutive}).");
        }

        if (passive.FailureRatio is { } ratio && !(ratio > 0 && ratio <= 1))
        {
            errors.Add($"{prefix}:FailureRatio: must be above 0 and at most 1 (got {ratio}).");
        }

        if (passive.MinimumThroughput is { } throughput && throughput < 2)
        {
            errors.Add($"{prefix}:MinimumThroughput: must be at least 2 (got {throughput}).");
        }

        Range(errors, $"{prefix}:SamplingDuration", passive.SamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        Range(errors, $"{prefix}:EjectionTime", passive.EjectionTime, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        Range(errors, $"{prefix}:MaxEjectionTime", passive.MaxEjectionTime, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
    }

    private static void CheckActive(string prefix, SubgraphActiveHealthCheckOptions active, List<string> errors)
    {
        Range(errors, $"{prefix}:Interval", active.Interval, TimeSpan.FromMilliseconds(100), TimeSpan.FromDays(1));
        Range(errors, $"{prefix}:Timeout", active.Timeout, TimeSpan.FromMilliseconds(10), TimeSpan.FromDays(1));
        if (active.Path is { } path && (!path.StartsWith('/') || !Uri.TryCreate(path, UriKind.Relative, out _)))
        {
            errors.Add($"{prefix}:Path: '{path}' is not an absolute path such as /health.");
        }

        if (active.Query is { } query && string.IsNullOrWhiteSpace(query))
        {
            errors.Add($"{prefix}:Query: must not be empty.");
        }

        foreach (var (name, value) in new[] { ("UnhealthyThreshold", active.UnhealthyThreshold), ("HealthyThreshold", active.HealthyThreshold) })
        {
            if (value is { } v && v is < 1 or > 100)
            {
                errors.Add($"{prefix}:{name}: must be between 1 and 100 (got {v}).");
            }
        }
    }

    private static void Range(List<string> errors, string setting, TimeSpan? value, TimeSpan min, TimeSpan max, string note = "")
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add($"{setting}: must be between {min} and {max}{note} (got {v}).");
        }
    }

    private static SubgraphLoadBalancing? ParseLoadBalancing(string? value) =>
        value is not null && Enum.TryParse<SubgraphLoadBalancing>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : null;
}
