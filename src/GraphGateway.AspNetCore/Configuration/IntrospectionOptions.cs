namespace GraphGateway.AspNetCore.Configuration;

/// <summary><c>GraphGateway:Introspection</c>.</summary>
public sealed class IntrospectionOptions
{
    /// <summary>
    /// <c>Enabled</c>: whether <c>__schema</c>/<c>__type</c> are answered (GraphQL spec §4 "Introspection"). Unset (the
    /// default): on in the Development environment, off otherwise; off answers them with <c>INTROSPECTION_DISABLED</c>.
    /// </summary>
    public bool? Enabled { get; set; }
}
