namespace GraphGateway.Execution.Pipeline;

/// <summary>The settings the built-in stages read, derived once at start from the <c>GraphGateway</c> configuration section.</summary>
public sealed record GatewayExecutionSettings
{
    /// <summary>Whether <c>__schema</c>/<c>__type</c> are answered (<c>GraphGateway:Introspection:Enabled</c>).</summary>
    public bool IntrospectionEnabled { get; init; }

    /// <summary>Whether error responses name exception types and messages of gateway bugs (Development).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>
    /// Progressive <c>@override(label:)</c> labels switched on (<c>GraphGateway:QueryPlan:OverrideLabels</c>). Labels of the
    /// form <c>percent(N)</c> are switched on for N % of requests at random instead.
    /// </summary>
    public IReadOnlySet<string> EnabledOverrideLabels { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}
