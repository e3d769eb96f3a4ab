namespace GraphGateway.AspNetCore.Runtime;

/// <summary>The runtime part of the <c>GraphGateway</c> configuration section.</summary>
public sealed class GatewayRuntimeOptions
{
    /// <summary><c>GraphGateway:Supergraph</c>: what to serve.</summary>
    public SupergraphOptions Supergraph { get; set; } = new();

    /// <summary><c>GraphGateway:Subgraphs:&lt;name&gt;</c>: per-subgraph overrides (URL, timeout, forwarded headers).</summary>
    public Dictionary<string, SubgraphOptions> Subgraphs { get; set; } = new(StringComparer.Ordinal);

    /// <summary><c>GraphGateway:ForwardHeaders</c>: client request headers forwarded to every subgraph (none by default).</summary>
    public List<string> ForwardHeaders { get; set; } = [];

    /// <summary><c>GraphGateway:QueryPlan</c>: plan cache and plan output.</summary>
    public QueryPlanOptions QueryPlan { get; set; } = new();
}

/// <summary><c>GraphGateway:Supergraph</c>.</summary>
public sealed class SupergraphOptions
{
    /// <summary><c>Path</c>: a <c>gateway.fsp</c> package or a supergraph SDL file (<c>.graphql</c>). Required.</summary>
    public string? Path { get; set; }

    /// <summary><c>ReloadOnChange</c>: reload when the file changes, keeping the last good supergraph on a bad one. Default true.</summary>
    public bool ReloadOnChange { get; set; } = true;
}

/// <summary><c>GraphGateway:Subgraphs:&lt;name&gt;</c>.</summary>
public sealed class SubgraphOptions
{
    /// <summary><c>Url</c>: overrides the URL from the package/supergraph (absolute http or https).</summary>
    public string? Url { get; set; }

    /// <summary><c>Timeout</c>: per request (e.g. <c>00:00:05</c>); default 30 seconds.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary><c>ForwardHeaders</c>: client request headers forwarded to this subgraph, besides the global ones.</summary>
    public List<string> ForwardHeaders { get; set; } = [];
}

/// <summary><c>GraphGateway:QueryPlan</c>.</summary>
public sealed class QueryPlanOptions
{
    /// <summary>
    /// <c>AllowHeader</c>: when true, a request with header <c>GraphGateway-Query-Plan: true</c> gets the plan text in
    /// <c>extensions.queryPlan</c>. Default false.
    /// </summary>
    public bool AllowHeader { get; set; }

    /// <summary><c>CacheSize</c>: most planned operations kept; default 1000.</summary>
    public int CacheSize { get; set; } = 1000;

    /// <summary><c>OverrideLabels</c>: progressive <c>@override</c> labels switched on (<c>percent(N)</c> labels are rolled per request).</summary>
    public List<string> OverrideLabels { get; set; } = [];

    /// <summary><c>MaxEvaluatedOptions</c>: planning guardrail per operation; default 200 000.</summary>
    public int MaxEvaluatedOptions { get; set; } = 200_000;
}
