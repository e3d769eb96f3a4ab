namespace GraphGateway.Execution.Transport;

/// <summary>Where and how to call one subgraph.</summary>
public sealed record SubgraphEndpoint
{
    /// <summary>The subgraph name.</summary>
    public required string Name { get; init; }

    /// <summary>The absolute HTTP(S) URL of the subgraph's GraphQL endpoint.</summary>
    public required Uri Url { get; init; }

    /// <summary>Per-request timeout; default 30 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Lower-case names of client request headers to forward to this subgraph (none by default).</summary>
    public IReadOnlyList<string> ForwardHeaders { get; init; } = [];
}
