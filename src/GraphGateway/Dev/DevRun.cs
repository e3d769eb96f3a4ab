namespace GraphGateway.Cli.Dev;

/// <summary>How one <c>graphgateway dev</c> run locates things (not configuration: facts of this invocation).</summary>
/// <param name="BaseDirectory">Directory relative paths are resolved against (the repository root).</param>
/// <param name="Configuration">Build configuration whose outputs are started (this tool's own, e.g. <c>Debug</c>).</param>
/// <param name="Build">Whether to run <c>dotnet build</c> for each subgraph project first.</param>
/// <param name="GatewayAssembly">The <c>graphgateway.dll</c> started as <c>serve</c>.</param>
internal sealed record DevRun(string BaseDirectory, string Configuration, bool Build, string GatewayAssembly);
