using GraphGateway.Core.Errors;
using GraphGateway.Planning;
using GraphGateway.Planning.Caching;
using GraphGateway.Planning.Operations;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.Plan"/>: asks every <see cref="IPlanCacheKeyContributor"/> for its part of the plan-cache key,
/// then takes the plan from the snapshot's <see cref="QueryPlanCache"/> or plans the operation once for that key
/// (normalize, apply <see cref="GatewayRequestContext.RewriteBeforePlanning"/>, plan with the active override labels).
/// A planning failure ends the request with <c>QUERY_PLANNING_FAILED</c> (cached too, so a bad operation is planned once).
/// </summary>
public sealed class PlanStage(IEnumerable<IPlanCacheKeyContributor> contributors) : IGatewayStage
{
    private readonly IPlanCacheKeyContributor[] _contributors = contributors.ToArray();

    /// <inheritdoc />
    public string Name => GatewayStages.Plan;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        if (context.Plan is not null)
        {
            return default;
        }

        foreach (var contributor in _contributors)
        {
            contributor.Contribute(context);
        }

        var operation = context.Operation!;
        var key = context.PlanKeyOrNull is { } parts
            ? parts.Build(operation.DocumentHash, operation.OperationName)
            : new PlanCacheKey(operation.DocumentHash, operation.OperationName, null);
        var result = context.Snapshot!.Plans.GetOrAdd(key, static c => Plan(c), context, out var hit);
        context.PlanCacheHit = hit;
        if (result.Plan is not { } plan)
        {
            context.End(RequestErrorKind.Execution, [new GraphQLError(result.Error!, result.ErrorCode ?? ErrorCodes.QueryPlanningFailed)]);
            return default;
        }

        context.Plan = plan;
        if (context.IncludeQueryPlan)
        {
            context.Extensions.Set("queryPlan", plan.Text);
        }

        return default;
    }

    private static PlanningResult Plan(GatewayRequestContext context)
    {
        var snapshot = context.Snapshot!;
        var operation = context.Operation!;
        try
        {
            var normalized = OperationNormalizer.Normalize(snapshot.ApiSchema, operation.Operation, operation.Fragments);
            if (context.RewriteBeforePlanning is { } rewrite)
            {
                normalized = rewrite(normalized);
            }

            // Planning is shared by every request with this key: one request's cancellation must not fail the others.
            return PlanningResult.Of(snapshot.Planner.Plan(normalized, context.OverrideLabels, CancellationToken.None));
        }
        catch (PlanningException ex)
        {
            return PlanningResult.Failed(ex.Message, ErrorCodes.QueryPlanningFailed);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return PlanningResult.Failed($"Internal planning error ({ex.GetType().Name}): {ex.Message}", ErrorCodes.QueryPlanningFailed);
        }
    }
}
