namespace GraphGateway.Cli.Dev;

/// <summary>
/// Settings of <c>graphgateway dev</c> (configuration section <c>GraphGateway:Dev</c> in
/// <c>appsettings.json</c> beside the tool; environment variables and <c>--GraphGateway:Dev:...=value</c> override it).
/// Relative paths are resolved against the repository root (the nearest directory above the current one with a
/// solution file or <c>.git</c>; <c>--root</c> overrides it).
/// </summary>
internal sealed record DevOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "GraphGateway:Dev";

    /// <summary>Supergraph the gateway serves: a <c>gateway.fsp</c> package or a supergraph SDL file. Default <c>gateway.fsp</c>.</summary>
    public string Supergraph { get; init; } = "gateway.fsp";

    /// <summary>The gateway's GraphQL endpoint URL (loopback http), e.g. <c>http://127.0.0.1:4000/graphql</c>.</summary>
    public string GatewayUrl { get; init; } = "http://127.0.0.1:4000/graphql";

    /// <summary>Subgraph processes by subgraph name (the name used in the supergraph, e.g. <c>accounts</c>).</summary>
    public Dictionary<string, DevSubgraphOptions> Subgraphs { get; init; } = new(StringComparer.Ordinal);

    /// <summary>How long every process together may take to answer at its <c>/graphql</c> endpoint, in seconds (1–600). Default 60.</summary>
    public int StartupTimeoutSeconds { get; init; } = 60;

    /// <summary>How long a process may take to exit after SIGTERM before it is killed, in seconds (1–60). Default 5.</summary>
    public int StopTimeoutSeconds { get; init; } = 5;
}

/// <summary>One subgraph process started by <c>graphgateway dev</c>.</summary>
internal sealed record DevSubgraphOptions
{
    /// <summary>The subgraph's project: a folder holding one <c>.csproj</c>, or the <c>.csproj</c> itself.</summary>
    public string Project { get; init; } = "";

    /// <summary>The subgraph's GraphQL endpoint URL (loopback http), e.g. <c>http://127.0.0.1:4001/graphql</c>; it listens on its scheme, host and port.</summary>
    public string Url { get; init; } = "";

    /// <summary>Extra environment variables for the process (names as the process reads them, e.g. <c>Database__Path</c>).</summary>
    public Dictionary<string, string> Environment { get; init; } = new(StringComparer.Ordinal);
}
