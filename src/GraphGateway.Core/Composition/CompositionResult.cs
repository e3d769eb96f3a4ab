using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition;

/// <summary>
/// The outcome of <see cref="Composer.Compose"/>: on success the supergraph SDL (join spec) and the API
/// schema SDL; on failure every error found (never only the first). Hints are given either way.
/// </summary>
public sealed record CompositionResult
{
    /// <summary>True when there are no errors.</summary>
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The supergraph SDL, or null on failure.</summary>
    public string? SupergraphSdl { get; init; }

    /// <summary>The API schema SDL (what clients see), or null on failure.</summary>
    public string? ApiSchemaSdl { get; init; }

    /// <summary>The supergraph schema model, or null on failure.</summary>
    public Schema? Supergraph { get; init; }

    /// <summary>All errors, ordered by stage, then as found (deterministic for the same inputs).</summary>
    public IReadOnlyList<CompositionError> Errors { get; init; } = [];

    /// <summary>All hints.</summary>
    public IReadOnlyList<CompositionHint> Hints { get; init; } = [];
}
