using GraphGateway.Core.Schemas;
using GraphGateway.Execution;

namespace GraphGateway.AuditHost;

/// <summary>Serves one fixed snapshot: an API schema parsed from SDL with a <see cref="MinimalExecutor"/> (or a given executor).</summary>
public sealed class FixedSnapshotProvider : IGatewaySnapshotProvider
{
    /// <summary>Creates the provider from API schema SDL.</summary>
    public FixedSnapshotProvider(string apiSchemaSdl, IOperationExecutor? executor = null)
    {
        var schema = SchemaParser.Parse(apiSchemaSdl, "api-schema");
        Current = new GatewaySnapshot(schema, schema, executor ?? new MinimalExecutor(schema), "fixed");
    }

    /// <inheritdoc />
    public GatewaySnapshot? Current { get; }
}
