namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// Thread-safe request counts of one subgraph path: all POSTs, and those that carried an
/// <c>authorization</c> header (the harness's check that a gateway forwarded it).
/// </summary>
internal sealed class SubgraphCounter
{
    private long requests;
    private long withAuthorization;

    public SubgraphCounter(string subgraph) => Subgraph = subgraph;

    /// <summary>The subgraph name (<c>accounts</c>, <c>inventory</c>, <c>products</c>, <c>reviews</c>).</summary>
    public string Subgraph { get; }

    /// <summary>Requests received since start or the last reset.</summary>
    public long Requests => Interlocked.Read(ref requests);

    /// <summary>Of <see cref="Requests"/>, those with an <c>authorization</c> header.</summary>
    public long WithAuthorization => Interlocked.Read(ref withAuthorization);

    /// <summary>Counts one request.</summary>
    public void Record(bool hasAuthorization)
    {
        Interlocked.Increment(ref requests);
        if (hasAuthorization)
        {
            Interlocked.Increment(ref withAuthorization);
        }
    }

    /// <summary>Sets both counts to zero.</summary>
    public void Reset()
    {
        Interlocked.Exchange(ref requests, 0);
        Interlocked.Exchange(ref withAuthorization, 0);
    }
}
