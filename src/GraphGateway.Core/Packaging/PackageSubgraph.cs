namespace GraphGateway.Core.Packaging;

/// <summary>One subgraph inside a package: its settings and its SDL as composed.</summary>
/// <param name="Settings">Name and URLs.</param>
/// <param name="Schema">The subgraph SDL (UTF-8 text).</param>
public sealed record PackageSubgraph(SubgraphSettings Settings, string Schema)
{
    /// <summary>The subgraph name (<see cref="SubgraphSettings.Name"/>).</summary>
    public string Name => Settings.Name;
}
