namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// Adds a plan-changing input of a request to its plan-cache key (docs/architecture.md "Plan cache"). The plan stage calls
/// every registered contributor, in registration order, before it looks the plan up; a contributor adds at most one part
/// with <see cref="GatewayRequestContext.PlanKey"/>.<see cref="Planning.Caching.PlanCacheKeyBuilder.Add"/> and may set the
/// planning inputs it stands for (e.g. <see cref="GatewayRequestContext.OverrideLabels"/>). Contributors do not know each
/// other. A contributor that adds nothing costs the key nothing. Must be thread-safe (one instance serves all requests).
/// </summary>
public interface IPlanCacheKeyContributor
{
    /// <summary>Adds this contributor's part for <paramref name="context"/>'s request, if any.</summary>
    void Contribute(GatewayRequestContext context);
}
