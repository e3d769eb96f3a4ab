using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution.Introspection;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Caching;
using GraphGateway.Planning.Planner;

namespace GraphGateway.Execution;

/// <summary>
/// One loaded supergraph, ready to serve (docs/architecture.md "Snapshots"): the supergraph model and its API schema, the
/// planner and the plan cache of this supergraph, the subgraph clients (transport plus decorators) and the introspection
/// writer. Immutable apart from the plan cache; a reload builds a new snapshot and swaps it atomically, so a request uses
/// one snapshot from its first stage to its last.
/// </summary>
public sealed class GatewaySnapshot
{
    private readonly IReadOnlyDictionary<string, ISubgraphClient> _clients;

    /// <summary>Creates a snapshot.</summary>
    /// <param name="model">The loaded supergraph.</param>
    /// <param name="version">Identifies the loaded input: the SHA-256 of the package file or of the supergraph SDL.</param>
    /// <param name="clients">The client of each subgraph of <paramref name="model"/> by name (decorators applied).</param>
    /// <param name="options">Plan cache size and planning guardrail; null for defaults.</param>
    /// <exception cref="ArgumentException">A subgraph of <paramref name="model"/> has no client.</exception>
    public GatewaySnapshot(SupergraphModel model, string version, IReadOnlyDictionary<string, ISubgraphClient> clients, GatewaySnapshotOptions? options = null)
    {
        options ??= new GatewaySnapshotOptions();
        var missing = model.Subgraphs.Select(s => s.Name).Where(n => !clients.ContainsKey(n)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"No subgraph client for {string.Join(", ", missing.Select(m => $"'{m}'"))}.", nameof(clients));
        }

        Model = model;
        Version = version;
        _clients = clients;
        Planner = new QueryPlanner(model, new QueryPlannerOptions { MaxEvaluatedOptions = options.MaxPlanningOptions });
        Plans = new QueryPlanCache(options.PlanCacheSize);
        Introspection = new SchemaIntrospectionWriter(model.ApiSchema);
        OverrideLabels = model.Types.Values.SelectMany(t => t.Fields.Values).SelectMany(f => f.Entries)
            .Select(e => e.OverrideLabel).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The supergraph.</summary>
    public SupergraphModel Model { get; }

    /// <summary>The API schema clients validate and introspect against (no join machinery, no <c>@inaccessible</c> elements).</summary>
    public Schema ApiSchema => Model.ApiSchema;

    /// <summary>The supergraph schema as loaded (join spec).</summary>
    public Schema Supergraph => Model.Supergraph;

    /// <summary>Identifies the loaded input: the SHA-256 of the package file or of the supergraph SDL.</summary>
    public string Version { get; }

    /// <summary>Plans operations over this supergraph.</summary>
    public QueryPlanner Planner { get; }

    /// <summary>The plans of this supergraph (a reload starts with an empty cache).</summary>
    public QueryPlanCache Plans { get; }

    /// <summary>Answers <c>__schema</c> and <c>__type</c> from <see cref="ApiSchema"/>.</summary>
    public IIntrospectionWriter Introspection { get; }

    /// <summary>The progressive <c>@override(label:)</c> labels of the supergraph, sorted; empty when it has none.</summary>
    public IReadOnlyList<string> OverrideLabels { get; }

    /// <summary>The client that sends requests to <paramref name="subgraph"/>.</summary>
    /// <exception cref="KeyNotFoundException">No subgraph of that name.</exception>
    public ISubgraphClient Client(string subgraph) => _clients[subgraph];
}

/// <summary>Hands out the current <see cref="GatewaySnapshot"/>; the runtime swaps it on reload.</summary>
public interface IGatewaySnapshotProvider
{
    /// <summary>The snapshot to use for a new request; null only before the first successful load.</summary>
    GatewaySnapshot? Current { get; }
}

/// <summary>Settings of a <see cref="GatewaySnapshot"/> (<c>GraphGateway:QueryPlan</c>).</summary>
public sealed record GatewaySnapshotOptions
{
    /// <summary>Most planned operations kept in the plan cache; default 1000.</summary>
    public int PlanCacheSize { get; init; } = 1000;

    /// <summary>Most options the planner evaluates per operation (guardrail); default 200 000.</summary>
    public int MaxPlanningOptions { get; init; } = 200_000;
}
