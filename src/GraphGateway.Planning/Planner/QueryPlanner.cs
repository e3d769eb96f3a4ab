using GraphGateway.Core.Supergraph;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Planner;

/// <summary>Guardrails and switches of the <see cref="QueryPlanner"/>.</summary>
public sealed record QueryPlannerOptions
{
    /// <summary>Most planning options (field placements and subgraph choices) evaluated per operation before giving up. Default 200 000.</summary>
    public int MaxEvaluatedOptions { get; init; } = 200_000;
}

/// <summary>
/// Plans normalized operations over one supergraph into <see cref="QueryPlan"/>s (docs/runtime.md, "From operation to plan"). Rules, in priority order:
/// fewest sequential round trips, then fewest fetches; a field stays in the subgraph already being fetched when that
/// subgraph can resolve it (<c>@shareable</c>, <c>@provides</c>); otherwise an entity fetch (<c>_entities</c>) to a
/// subgraph that resolves it, by a key that subgraph can resolve, with <c>@requires</c> fields fetched first.
/// Thread-safe; one instance per supergraph.
/// </summary>
public sealed class QueryPlanner
{
    private static readonly IReadOnlySet<string> NoLabels = new HashSet<string>();
    private readonly SupergraphModel _model;
    private readonly QueryPlannerOptions _options;

    /// <summary>Creates a planner for <paramref name="model"/>.</summary>
    public QueryPlanner(SupergraphModel model, QueryPlannerOptions? options = null)
    {
        _model = model;
        _options = options ?? new QueryPlannerOptions();
    }

    /// <summary>The supergraph planned over.</summary>
    public SupergraphModel Model => _model;

    /// <summary>Plans <paramref name="operation"/>.</summary>
    /// <param name="operation">The normalized client operation.</param>
    /// <param name="enabledOverrideLabels">Progressive <c>@override</c> labels in effect (part of the plan-cache key); null for none.</param>
    /// <param name="cancellationToken">Stops planning.</param>
    /// <exception cref="PlanningException">A field no subgraph can resolve, or the guardrail was exceeded.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public QueryPlan Plan(NormalizedOperation operation, IReadOnlySet<string>? enabledOverrideLabels = null, CancellationToken cancellationToken = default)
    {
        var run = new PlanningRun(new FederationRules(_model, enabledOverrideLabels ?? NoLabels), _model.ApiSchema, operation, _options, cancellationToken);
        return run.Build();
    }
}
