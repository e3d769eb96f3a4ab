namespace GraphGateway.Execution.Transport;

/// <summary>Where and how to call one subgraph.</summary>
public sealed record SubgraphEndpoint
{
    /// <summary>The subgraph name.</summary>
    public required string Name { get; init; }

    /// <summary>The absolute HTTP(S) URL of the subgraph's GraphQL endpoint (the first of several when load-balanced).</summary>
    public required Uri Url { get; init; }

    /// <summary>Further URLs of the same subgraph; requests are load-balanced over <see cref="Url"/> and these. Empty by default.</summary>
    public IReadOnlyList<Uri> AdditionalUrls { get; init; } = [];

    /// <summary>Overall timeout of one subgraph request, all attempts and retry delays included; default 30 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Lower-case names of client request headers to forward to this subgraph (none by default).</summary>
    public IReadOnlyList<string> ForwardHeaders { get; init; } = [];

    /// <summary>Attempt timeout, retries, circuit breaking and load balancing.</summary>
    public SubgraphResilienceOptions Resilience { get; init; } = new();

    /// <summary><see cref="Url"/> followed by <see cref="AdditionalUrls"/>, duplicates removed.</summary>
    internal IReadOnlyList<Uri> AllUrls => AdditionalUrls.Count == 0 ? [Url] : new[] { Url }.Concat(AdditionalUrls).Distinct().ToArray();
}
