using GraphGateway.Execution.Transport;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Wraps the client of one subgraph, or of every subgraph, in another <see cref="ISubgraphClient"/> (caching,
/// deduplication, header rules, telemetry, fault injection in tests). Registered through
/// <c>IGraphGatewayBuilder.DecorateSubgraphClient</c>; applied each time a supergraph is loaded, in registration order
/// (the last registered is the outermost). Decorators are recreated per loaded supergraph: keep long-lived state (caches,
/// counters) in singleton services, not in the decorator.
/// </summary>
public sealed class SubgraphClientDecorator
{
    private readonly Func<IServiceProvider, string, ISubgraphClient, ISubgraphClient> _decorate;

    /// <summary>Creates a decorator registration.</summary>
    /// <param name="subgraph">The subgraph name it applies to, or null for every subgraph.</param>
    /// <param name="decorate">Returns the client to use instead of the given one: (services, subgraph name, inner client) → client.</param>
    public SubgraphClientDecorator(string? subgraph, Func<IServiceProvider, string, ISubgraphClient, ISubgraphClient> decorate)
    {
        Subgraph = subgraph;
        _decorate = decorate;
    }

    /// <summary>The subgraph it applies to, or null for all.</summary>
    public string? Subgraph { get; }

    /// <summary>The client that wraps <paramref name="inner"/> for <paramref name="subgraph"/>.</summary>
    /// <exception cref="InvalidOperationException">The decorator returned null.</exception>
    public ISubgraphClient Decorate(IServiceProvider services, string subgraph, ISubgraphClient inner) =>
        _decorate(services, subgraph, inner) ?? throw new InvalidOperationException($"A subgraph client decorator returned null for subgraph '{subgraph}'.");
}
