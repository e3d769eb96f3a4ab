namespace GraphGateway.Execution.Transport;

/// <summary>Where and how to call one subgraph.</summary>
public sealed record SubgraphEndpoint
{
    /// <summary>The subgraph name.</summary>
    public required string Name { get; init; }

    /// <summary>The absolute HTTP(S) URL of the subgraph's GraphQL endpoint (the first of several when load-balanced).</summary>
    public required Uri Url { get; init; }

    /// <summary>Further URLs (instances) of the same subgraph; requests are load-balanced and failed over across <see cref="Url"/> and these. Empty by default.</summary>
    public IReadOnlyList<Uri> AdditionalUrls { get; init; } = [];

    /// <summary>Overall timeout of one subgraph request, all attempts and retry delays included; default 30 seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The built-in <see cref="MaxResponseBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxResponseBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Most bytes of one response body the gateway reads from this subgraph (default <see cref="DefaultMaxResponseBytes"/>).
    /// The whole body is held in memory while the client's response is built, so a lying or runaway subgraph must not
    /// be able to make the gateway buffer gigabytes: a larger body (declared by Content-Length or sent) fails the fetch
    /// with <c>SUBGRAPH_REQUEST_FAILED</c>, without a retry.
    /// </summary>
    public long MaxResponseBytes { get; init; } = DefaultMaxResponseBytes;

    /// <summary>Lower-case names of client request headers to forward to this subgraph (none by default).</summary>
    public IReadOnlyList<string> ForwardHeaders { get; init; } = [];

    /// <summary>Attempt timeout, retries, hedging, load balancing and URL health.</summary>
    public SubgraphResilienceOptions Resilience { get; init; } = new();

    /// <summary><see cref="Url"/> followed by <see cref="AdditionalUrls"/>, duplicates removed.</summary>
    internal IReadOnlyList<Uri> AllUrls => AdditionalUrls.Count == 0 ? [Url] : new[] { Url }.Concat(AdditionalUrls).Distinct().ToArray();
}
