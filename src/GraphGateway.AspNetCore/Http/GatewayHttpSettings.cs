using GraphGateway.Core.Operations;
using Microsoft.Extensions.Configuration;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// Settings of the client-facing GraphQL over HTTP endpoint, read from the <c>GraphGateway</c> section:
/// <c>Limits</c> (<see cref="OperationLimits"/>), <c>Introspection:Enabled</c> and <c>QueryPlan:AllowHeader</c>.
/// </summary>
public sealed record GatewayHttpSettings
{
    /// <summary>Document and request limits (<c>GraphGateway:Limits</c>).</summary>
    public OperationLimits Limits { get; init; } = new();

    /// <summary>
    /// Whether <c>__schema</c>/<c>__type</c> are answered (<c>GraphGateway:Introspection:Enabled</c>);
    /// when unset, true only in the Development environment.
    /// </summary>
    public bool IntrospectionEnabled { get; init; }

    /// <summary>Whether the request header <c>GraphGateway-Query-Plan: true</c> returns the query plan (<c>GraphGateway:QueryPlan:AllowHeader</c>). Default false.</summary>
    public bool AllowQueryPlanHeader { get; init; }

    /// <summary>Whether error responses may include exception details (the Development environment).</summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>Reads the settings from the <c>GraphGateway</c> section.</summary>
    /// <exception cref="InvalidOperationException">A setting has an invalid value; the message names every bad setting.</exception>
    public static GatewayHttpSettings Read(IConfiguration section, bool isDevelopment)
    {
        var limits = section.GetSection("Limits").Get<OperationLimits>() ?? new OperationLimits();
        var problems = new List<string>();
        if (limits.MaxRequestBytes <= 0)
        {
            problems.Add("GraphGateway:Limits:MaxRequestBytes must be greater than 0.");
        }

        if (limits.DocumentCacheSize <= 0)
        {
            problems.Add("GraphGateway:Limits:DocumentCacheSize must be greater than 0.");
        }

        if (limits.ParserRecursionLimit <= 0)
        {
            problems.Add("GraphGateway:Limits:ParserRecursionLimit must be greater than 0.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Invalid GraphGateway settings: " + string.Join(" ", problems));
        }

        return new GatewayHttpSettings
        {
            Limits = limits,
            IntrospectionEnabled = section.GetValue<bool?>("Introspection:Enabled") ?? isDevelopment,
            AllowQueryPlanHeader = section.GetValue<bool?>("QueryPlan:AllowHeader") ?? false,
            IncludeExceptionDetails = isDevelopment,
        };
    }
}
