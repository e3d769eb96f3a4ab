using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>Routes subgraph requests to in-process <see cref="FakeSubgraph"/>s (no HTTP).</summary>
internal sealed class FakeSubgraphClient(params FakeSubgraph[] subgraphs) : ISubgraphClient
{
    private readonly Dictionary<string, FakeSubgraph> _subgraphs = subgraphs.ToDictionary(s => s.Name);

    public FakeSubgraph this[string name] => _subgraphs[name];

    public async ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        var (status, bytes) = await _subgraphs[request.Subgraph].HandleAsync(request.Body, cancellationToken);
        return SubgraphResult.Answered(bytes, status);
    }
}
