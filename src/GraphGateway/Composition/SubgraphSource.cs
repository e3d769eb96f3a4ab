using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Composition;

/// <summary>One subgraph to compose, once its schema is loaded: settings (name, URLs) and SDL.</summary>
/// <param name="Settings">Name and URLs.</param>
/// <param name="Sdl">The subgraph SDL.</param>
/// <param name="Origin">Where the SDL came from (path or URL), for messages.</param>
internal sealed record SubgraphSource(SubgraphSettings Settings, string Sdl, string Origin);
