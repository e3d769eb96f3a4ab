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
        var breaker = subgraph?.CircuitBreaker;
        return new SubgraphResilienceOptions
        {
            AttemptTimeout = subgraph?.AttemptTimeout ?? defaults.AttemptTimeout ?? Builtin.AttemptTimeout,
            MaxAttempts = retry?.MaxAttempts ?? defaults.Retry.MaxAttempts ?? Builtin.MaxAttempts,
            RetryBaseDelay = retry?.BaseDelay ?? defaults.Retry.BaseDelay ?? Builtin.RetryBaseDelay,
            RetryMaxDelay = retry?.MaxDelay ?? defaults.Retry.MaxDelay ?? Builtin.RetryMaxDelay,
            CircuitBreakerEnabled = breaker?.Enabled ?? defaults.CircuitBreaker.Enabled ?? Builtin.CircuitBreakerEnabled,
            FailureRatio = breaker?.FailureRatio ?? defaults.CircuitBreaker.FailureRatio ?? Builtin.FailureRatio,
            MinimumThroughput = breaker?.MinimumThroughput ?? defaults.CircuitBreaker.MinimumThroughput ?? Builtin.MinimumThroughput,
            SamplingDuration = breaker?.SamplingDuration ?? defaults.CircuitBreaker.SamplingDuration ?? Builtin.SamplingDuration,
            BreakDuration = breaker?.BreakDuration ?? defaults.CircuitBreaker.BreakDuration ?? Builtin.BreakDuration,
            LoadBalancing = ParseLoadBalancing(subgraph?.LoadBalancing ?? defaults.LoadBalancing) ?? Builtin.LoadBalancing,
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
        var loadBalancing = settings.LoadBalancing;
        var retry = settings.Retry;
        var breaker = settings.CircuitBreaker;
        if (loadBalancing is not null && ParseLoadBalancing(loadBalancing) is null)
        {
            errors.Add($"{prefix}:LoadBalancing: '{loadBalancing}' is not RoundRobin or LeastRequests.");
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

        if (breaker.FailureRatio is { } ratio && !(ratio > 0 && ratio <= 1))
        {
            errors.Add($"{prefix}:CircuitBreaker:FailureRatio: must be above 0 and at most 1 (got {ratio}).");
        }

        if (breaker.MinimumThroughput is { } throughput && throughput < 2)
        {
            errors.Add($"{prefix}:CircuitBreaker:MinimumThroughput: must be at least 2 (got {throughput}).");
        }

        Range(errors, $"{prefix}:CircuitBreaker:SamplingDuration", breaker.SamplingDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        Range(errors, $"{prefix}:CircuitBreaker:BreakDuration", breaker.BreakDuration, TimeSpan.FromMilliseconds(500), TimeSpan.FromDays(1));
        var maxBytes = (long)Array.MaxLength - 1;
        if (settings.MaxResponseBytes is { } bytes && (bytes < 1 || bytes > maxBytes))
        {
            errors.Add($"{prefix}:MaxResponseBytes: must be between 1 and {maxBytes} bytes (got {bytes}).");
        }
    }

    private static void Range(List<string> errors, string setting, TimeSpan? value, TimeSpan min, TimeSpan max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add($"{setting}: must be between {min} and {max} (got {v}).");
        }
    }

    private static SubgraphLoadBalancing? ParseLoadBalancing(string? value) =>
        value is not null && Enum.TryParse<SubgraphLoadBalancing>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
            ? parsed
            : null;
}
