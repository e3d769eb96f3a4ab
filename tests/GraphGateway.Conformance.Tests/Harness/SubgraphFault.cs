namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// A fault a subgraph injects in a case (case JSON <c>"faults": {"&lt;subgraph&gt;": {...}}</c>); gateway runs only.
/// Kinds: <c>http500</c> (status 500, text body), <c>nonJson</c> (200, HTML body), <c>delay</c> (answers after
/// <see cref="DelayMs"/>), <c>wrongShape</c> (every root field's value replaced by a scalar of the wrong type),
/// <c>fewerEntities</c> (<c>_entities</c> returns one item less than asked), <c>errorOnly</c> (<c>data: null</c> and
/// one error with <c>extensions.code = "DOWN"</c>).
/// </summary>
internal sealed record SubgraphFault
{
    public required string Kind { get; init; }

    /// <summary>Delay in milliseconds for <c>delay</c>.</summary>
    public int DelayMs { get; init; }

    /// <summary>When true, only <c>_entities</c> requests are faulted (root-field requests answer normally).</summary>
    public bool OnlyEntities { get; init; }
}
