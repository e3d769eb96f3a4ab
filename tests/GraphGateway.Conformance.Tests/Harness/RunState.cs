namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>One request sent to a subgraph during a run.</summary>
internal sealed record SubgraphCall(string Subgraph, string Body);

/// <summary>
/// The state of one run (one case or one generated operation): a fresh copy of the data store, the faults in force
/// and the subgraph calls made. Subgraph handlers read it from <see cref="RunStateHolder"/>.
/// </summary>
internal sealed class RunState(DataStore store, IReadOnlyDictionary<string, SubgraphFault> faults)
{
    private readonly List<SubgraphCall> calls = [];

    public DataStore Store { get; } = store;
    public IReadOnlyDictionary<string, SubgraphFault> Faults { get; } = faults;

    public IReadOnlyList<SubgraphCall> Calls
    {
        get
        {
            lock (calls)
            {
                return calls.ToList();
            }
        }
    }

    public void Record(SubgraphCall call)
    {
        lock (calls)
        {
            calls.Add(call);
        }
    }
}

/// <summary>Holds the current <see cref="RunState"/> of a schema set's gateway host (runs of one set are sequential).</summary>
internal sealed class RunStateHolder
{
    public RunState? Current { get; set; }
}
