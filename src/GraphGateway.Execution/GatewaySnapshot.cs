using GraphGateway.Core.Schemas;

namespace GraphGateway.Execution;

/// <summary>
/// One loaded supergraph, ready to serve: the API schema clients validate and introspect against, and
/// the executor that plans and runs operations over it. Immutable; a reload builds a new snapshot and
/// swaps it atomically, so a request uses one snapshot from validation to response.
/// </summary>
/// <param name="ApiSchema">The API schema (no join/link machinery, no <c>@inaccessible</c> elements).</param>
/// <param name="Supergraph">The supergraph schema as loaded (join spec).</param>
/// <param name="Executor">Plans and executes operations over this supergraph.</param>
/// <param name="Version">Identifies the loaded input: the SHA-256 of the package file or of the supergraph SDL.</param>
public sealed record GatewaySnapshot(Schema ApiSchema, Schema Supergraph, IOperationExecutor Executor, string Version);

/// <summary>Hands out the current <see cref="GatewaySnapshot"/>; the runtime swaps it on reload.</summary>
public interface IGatewaySnapshotProvider
{
    /// <summary>The snapshot to use for a new request; null only before the first successful load.</summary>
    GatewaySnapshot? Current { get; }
}
