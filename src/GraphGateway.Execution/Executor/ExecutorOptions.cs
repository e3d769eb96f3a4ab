namespace GraphGateway.Execution.Executor;

/// <summary>Settings of a <see cref="FederatedExecutor"/>.</summary>
public sealed record ExecutorOptions
{
    /// <summary>Most planned operations kept in the plan cache; default 1000.</summary>
    public int PlanCacheSize { get; init; } = 1000;

    /// <summary>
    /// Progressive <c>@override(label:)</c> labels that are switched on. Labels of the form <c>percent(N)</c> are instead
    /// switched on for N % of requests at random.
    /// </summary>
    public IReadOnlySet<string> EnabledOverrideLabels { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Most options the planner evaluates per operation (guardrail); default 200 000.</summary>
    public int MaxPlanningOptions { get; init; } = 200_000;
}
