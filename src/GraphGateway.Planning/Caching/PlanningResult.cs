using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Caching;

/// <summary>A planned operation as the <see cref="QueryPlanCache"/> holds it: the plan, or why planning failed.</summary>
/// <param name="Plan">The plan, or null when planning failed.</param>
/// <param name="Error">The planning error message (names what could not be planned and why), or null.</param>
/// <param name="ErrorCode">The error's <c>extensions.code</c> (<c>QUERY_PLANNING_FAILED</c>, ...), or null.</param>
public sealed record PlanningResult(QueryPlan? Plan, string? Error, string? ErrorCode = null)
{
    /// <summary>A successful planning.</summary>
    public static PlanningResult Of(QueryPlan plan) => new(plan, null);

    /// <summary>A failed planning with <paramref name="error"/> and its code.</summary>
    public static PlanningResult Failed(string error, string code) => new(null, error, code);
}
