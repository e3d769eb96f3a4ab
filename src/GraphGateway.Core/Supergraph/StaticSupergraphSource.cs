using Microsoft.Extensions.Primitives;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph given as SDL text that never changes (hosts that build or fetch the supergraph themselves, tests).
/// </summary>
/// <param name="sdl">The supergraph SDL (join spec).</param>
/// <param name="name">Names the source in logs and errors.</param>
public sealed class StaticSupergraphSource(string sdl, string name = "static supergraph") : ISupergraphSource
{
    /// <inheritdoc />
    public string Description => name;

    /// <inheritdoc />
    public LoadedSupergraph Load(CancellationToken cancellationToken) => LoadedSupergraph.LoadSdl(sdl, name);

    /// <inheritdoc />
    public IChangeToken Watch() => new CancellationChangeToken(CancellationToken.None);
}
