using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition;

/// <summary>Stage 1 output: subgraphs read and individually validated, sorted by name.</summary>
internal sealed class ValidatedSubgraphs(IReadOnlyList<Subgraph> subgraphs)
{
    public IReadOnlyList<Subgraph> Subgraphs { get; } = subgraphs;

    /// <summary>Every subgraph defining a type named <paramref name="name"/>, with its definition, in subgraph order.</summary>
    public IEnumerable<(Subgraph Subgraph, TypeDefinition Type)> TypeSources(string name)
    {
        foreach (var s in Subgraphs)
        {
            if (s.Schema.Type(name) is { } t)
            {
                yield return (s, t);
            }
        }
    }
}

/// <summary>Stage 2 output: the cross-subgraph checks ran; merge may proceed.</summary>
internal sealed class PreMergedSubgraphs(ValidatedSubgraphs validated)
{
    public ValidatedSubgraphs Validated { get; } = validated;

    public IReadOnlyList<Subgraph> Subgraphs => Validated.Subgraphs;
}

/// <summary>One subgraph's definition of a supergraph field.</summary>
/// <param name="Subgraph">The subgraph.</param>
/// <param name="Type">The subgraph's parent type.</param>
/// <param name="Field">The subgraph's field.</param>
/// <param name="IsExternal">Marked <c>@external</c> there.</param>
/// <param name="IsUnusedOverride">Overridden (without label) by another subgraph, so not resolved here.</param>
internal sealed record FieldSource(Subgraph Subgraph, ComplexTypeDefinition Type, FieldDefinition Field, bool IsExternal, bool IsUnusedOverride);

/// <summary>Stage 3 output: the supergraph schema with join directives, and where each element came from.</summary>
internal sealed class MergedSupergraph(PreMergedSubgraphs input, Schema schema)
{
    public IReadOnlyList<Subgraph> Subgraphs => input.Subgraphs;

    public Schema Schema { get; } = schema;

    public Dictionary<string, List<(Subgraph Subgraph, TypeDefinition Type)>> TypeSources { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string Type, string Field), List<FieldSource>> FieldSources { get; } = [];

    /// <summary>Features used, for the <c>@link</c>s the writer emits (e.g. <c>inaccessible</c>, <c>tag</c>, <c>cost</c>).</summary>
    public HashSet<string> UsedFeatures { get; } = new(StringComparer.Ordinal);

    /// <summary>The highest federation minor version among the subgraphs (0 for Federation 1 only).</summary>
    public int MaxFederationMinor { get; set; }

    /// <summary>Custom directives kept through <c>@composeDirective</c>: name → (the <c>@link</c> text that brought them or null, definition).</summary>
    public SortedDictionary<string, (string? Link, DirectiveDefinition Definition)> ComposedDefinitions { get; } = new(StringComparer.Ordinal);

    public IEnumerable<KeyValuePair<string, (string? Link, DirectiveDefinition Definition)>> ComposedDirectiveDefinitions() => ComposedDefinitions;
}
