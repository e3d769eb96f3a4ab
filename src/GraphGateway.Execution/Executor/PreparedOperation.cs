using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>A planned operation as the plan cache holds it: the plan, or why planning failed.</summary>
/// <param name="Plan">The plan, or null when planning failed.</param>
/// <param name="Error">The planning error message, or null.</param>
internal sealed record PreparedOperation(QueryPlan? Plan, string? Error);
