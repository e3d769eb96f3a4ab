namespace GraphGateway.AspNetCore.Configuration;

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
