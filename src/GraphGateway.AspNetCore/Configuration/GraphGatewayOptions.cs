using GraphGateway.AspNetCore.Ide;
using GraphGateway.Core.Operations;

namespace GraphGateway.AspNetCore.Configuration;

/// <summary>The <c>GraphGateway</c> configuration section: bound once, validated once at start (docs/configuration.md).</summary>
public sealed class GraphGatewayOptions
{
    /// <summary><c>GraphGateway:Supergraph</c>: what to serve.</summary>
    public SupergraphOptions Supergraph { get; set; } = new();

    /// <summary><c>GraphGateway:Subgraphs:&lt;name&gt;</c>: per-subgraph overrides (URL, timeout, forwarded headers).</summary>
    public Dictionary<string, SubgraphOptions> Subgraphs { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>GraphGateway:SubgraphDefaults</c>: timeouts, retries, circuit breaking and load balancing for every subgraph (each setting can be overridden per subgraph).</summary>
    public SubgraphDefaultsOptions SubgraphDefaults { get; set; } = new();

    /// <summary><c>GraphGateway:ForwardHeaders</c>: client request headers forwarded to every subgraph (none by default).</summary>
    public List<string> ForwardHeaders { get; set; } = [];

    /// <summary><c>GraphGateway:QueryPlan</c>: plan cache and plan output.</summary>
    public QueryPlanOptions QueryPlan { get; set; } = new();

    /// <summary><c>GraphGateway:Limits</c>: document and request guards checked before planning.</summary>
    public OperationLimits Limits { get; set; } = new();

    /// <summary><c>GraphGateway:Introspection</c>: whether <c>__schema</c>/<c>__type</c> are answered.</summary>
    public IntrospectionOptions Introspection { get; set; } = new();

    /// <summary><c>GraphGateway:Ide</c>: the GraphQL IDE served at the endpoint to browsers.</summary>
    public GraphGatewayIdeOptions Ide { get; set; } = new();
}

