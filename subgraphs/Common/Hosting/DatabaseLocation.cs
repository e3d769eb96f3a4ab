namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>Where the subgraph's SQLite database lives (from <see cref="SubgraphOptions.DatabasePathKey"/>).</summary>
/// <param name="Path">Absolute database file path; its directory exists.</param>
public sealed record DatabaseLocation(string Path);
