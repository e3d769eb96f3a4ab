namespace GraphGateway.Core.Packaging;

/// <summary>
/// The contents of <c>package-metadata.json</c> in a <c>gateway.fsp</c> package (docs/composition.md, "Package").
/// </summary>
public sealed record PackageMetadata
{
    /// <summary>The package format version this library writes and reads.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>The package format version; readers reject versions they do not know.</summary>
    public int FormatVersion { get; init; } = CurrentFormatVersion;

    /// <summary>The tool and version that wrote the package, e.g. <c>graphgateway 1.0.0</c>.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>The subgraph names in the package, sorted ordinally.</summary>
    public required IReadOnlyList<string> Subgraphs { get; init; }

    /// <summary>
    /// Lowercase hex SHA-256 of the composition inputs (each subgraph's name, settings and schema, in
    /// name order, plus the gateway settings); equal inputs give an equal hash.
    /// </summary>
    public required string InputHash { get; init; }
}
