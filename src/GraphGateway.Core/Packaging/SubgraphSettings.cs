using System.Text.Json.Serialization;

namespace GraphGateway.Core.Packaging;

/// <summary>
/// The contents of <c>subgraphs/&lt;name&gt;/subgraph-settings.json</c> (docs/composition.md, "Package"): how the gateway
/// reaches one subgraph. Also the file a subgraph team publishes beside its schema.
/// </summary>
public sealed record SubgraphSettings
{
    /// <summary>The subgraph name: letters, digits, <c>_</c> and <c>-</c>, starting with a letter.</summary>
    public required string Name { get; init; }

    /// <summary>The subgraph's GraphQL endpoint (absolute http or https URL), or null when not given.</summary>
    public string? Url { get; init; }

    /// <summary>Further endpoints of the same subgraph the gateway load-balances over; empty when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public IReadOnlyList<string>? ExtraUrls { get; init; }
}
