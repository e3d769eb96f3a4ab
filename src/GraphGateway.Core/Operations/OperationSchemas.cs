using System.Runtime.CompilerServices;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Operations;

/// <summary>
/// Remembers which API schema each <see cref="ValidatedOperation"/> was validated against (weakly, per instance),
/// so schema-agnostic services such as a DI-registered introspection writer answer from the same schema
/// the request used, also across supergraph reloads.
/// </summary>
public static class OperationSchemas
{
    private static readonly ConditionalWeakTable<ValidatedOperation, Schema> Schemas = new();

    /// <summary>The API schema <paramref name="operation"/> was validated against, or null when unknown.</summary>
    public static Schema? ApiSchemaOf(ValidatedOperation operation) => Schemas.TryGetValue(operation, out var s) ? s : null;

    /// <summary>Records that <paramref name="operation"/> was validated against <paramref name="apiSchema"/>.</summary>
    public static void Remember(ValidatedOperation operation, Schema apiSchema) => Schemas.AddOrUpdate(operation, apiSchema);
}
