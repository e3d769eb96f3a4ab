using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace GraphGateway.Core.Packaging;

/// <summary>
/// The <c>gateway.fsp</c> package (docs/composition.md, "Package"): a zip holding <c>package-metadata.json</c>,
/// <c>supergraph.graphql</c>, <c>schema.graphql</c> (API schema), optional <c>gateway-settings.json</c>
/// and, per subgraph, <c>subgraphs/&lt;name&gt;/schema.graphql</c> and <c>subgraph-settings.json</c>.
/// <see cref="Write(Stream)"/> is deterministic on every platform: fixed entry order, stored (uncompressed) entries,
/// fixed timestamps, LF text, so the same inputs give the same bytes. <see cref="Read(Stream, string?)"/> validates the whole package and reports
/// every problem at once.
/// </summary>
public sealed record GatewayPackage
{
    /// <summary>Entry name of the metadata.</summary>
    public const string MetadataEntry = "package-metadata.json";

    /// <summary>Entry name of the supergraph SDL.</summary>
    public const string SupergraphEntry = "supergraph.graphql";

    /// <summary>Entry name of the API schema SDL.</summary>
    public const string ApiSchemaEntry = "schema.graphql";

    /// <summary>Entry name of the gateway settings.</summary>
    public const string GatewaySettingsEntry = "gateway-settings.json";

    /// <summary>The metadata (<c>package-metadata.json</c>).</summary>
    public required PackageMetadata Metadata { get; init; }

    /// <summary>The composed supergraph SDL (join spec).</summary>
    public required string SupergraphSdl { get; init; }

    /// <summary>The API schema SDL clients see.</summary>
    public required string ApiSchemaSdl { get; init; }

    /// <summary>The gateway settings JSON document the composer was given, or null.</summary>
    public string? GatewaySettingsJson { get; init; }

    /// <summary>The subgraphs, sorted by name (ordinal).</summary>
    public required IReadOnlyList<PackageSubgraph> Subgraphs { get; init; }

    /// <summary>
    /// Creates a package from its parts, sorting subgraphs by name and computing <see cref="PackageMetadata.InputHash"/>.
    /// </summary>
    /// <param name="supergraphSdl">The supergraph SDL.</param>
    /// <param name="apiSchemaSdl">The API schema SDL.</param>
    /// <param name="subgraphs">The composed subgraphs.</param>
    /// <param name="gatewaySettingsJson">Optional gateway settings JSON.</param>
    /// <param name="createdBy">The writing tool and version.</param>
    /// <exception cref="PackageException">A subgraph name is invalid or used twice.</exception>
    public static GatewayPackage Create(string supergraphSdl, string apiSchemaSdl, IEnumerable<PackageSubgraph> subgraphs, string? gatewaySettingsJson, string createdBy)
    {
        var sorted = subgraphs.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        for (var i = 0; i < sorted.Count; i++)
        {
            if (!PackageJson.IsValidSubgraphName(sorted[i].Name))
            {
                problems.Add($"Subgraph name '{sorted[i].Name}' is invalid: use letters, digits, '_' and '-', starting with a letter.");
            }

            if (i > 0 && sorted[i].Name == sorted[i - 1].Name)
            {
                problems.Add($"Subgraph name '{sorted[i].Name}' is used more than once.");
            }
        }

        if (problems.Count > 0)
        {
            throw new PackageException(string.Join("\n", problems));
        }

        return new GatewayPackage
        {
            Metadata = new PackageMetadata
            {
                CreatedBy = createdBy,
                Subgraphs = sorted.Select(s => s.Name).ToList(),
                InputHash = ComputeInputHash(sorted, gatewaySettingsJson),
            },
            SupergraphSdl = supergraphSdl,
            ApiSchemaSdl = apiSchemaSdl,
            GatewaySettingsJson = gatewaySettingsJson,
            Subgraphs = sorted,
        };
    }

    /// <summary>
    /// SHA-256 (lowercase hex) over the composition inputs: for each subgraph in name order its name,
    /// settings JSON and schema, then the gateway settings; each part length-prefixed so parts cannot run together.
    /// </summary>
    public static string ComputeInputHash(IEnumerable<PackageSubgraph> subgraphs, string? gatewaySettingsJson)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Part(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            hash.AppendData(Encoding.ASCII.GetBytes(bytes.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":"));
            hash.AppendData(bytes);
        }

        foreach (var s in subgraphs.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            Part(s.Name);
            Part(PackageJson.Serialize(s.Settings));
            Part(PackageJson.NormalizeNewlines(s.Schema));
        }

        Part(gatewaySettingsJson is null ? "" : PackageJson.NormalizeNewlines(gatewaySettingsJson));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Writes the package as a deterministic zip to <paramref name="stream"/>.</summary>
    public void Write(Stream stream)
    {
        var zip = new DeterministicZip();
        zip.Add(MetadataEntry, PackageJson.Serialize(Metadata));
        zip.Add(SupergraphEntry, SupergraphSdl);
        zip.Add(ApiSchemaEntry, ApiSchemaSdl);
        if (GatewaySettingsJson is not null)
        {
            zip.Add(GatewaySettingsEntry, GatewaySettingsJson);
        }

        foreach (var s in Subgraphs.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            zip.Add($"subgraphs/{s.Name}/schema.graphql", s.Schema);
            zip.Add($"subgraphs/{s.Name}/subgraph-settings.json", PackageJson.Serialize(s.Settings));
        }

        zip.WriteTo(stream);
    }

    /// <summary>The package as bytes (see <see cref="Write(Stream)"/>).</summary>
    public byte[] ToBytes()
    {
        using var ms = new MemoryStream();
        Write(ms);
        return ms.ToArray();
    }

    /// <summary>Writes the package to the file at <paramref name="path"/>, replacing it.</summary>
    public void Write(string path)
    {
        var bytes = ToBytes();
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Reads and validates the package file at <paramref name="path"/>.</summary>
    /// <exception cref="PackageException">The file is missing or the package is malformed; the message lists every problem.</exception>
    public static GatewayPackage Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackageException($"{Path.GetFullPath(path)}: package file not found.");
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads and validates a package from <paramref name="stream"/>.</summary>
    /// <param name="stream">A readable, seekable stream holding the zip.</param>
    /// <param name="sourceName">The name used in error messages (a path or URL); null for "package".</param>
    /// <exception cref="PackageException">Not a zip, a missing required entry, invalid JSON, an unknown format
    /// version, or subgraph entries that do not match the metadata; the message lists every problem.</exception>
    public static GatewayPackage Read(Stream stream, string? sourceName = null) => GatewayPackageReader.Read(stream, sourceName ?? "package");
}
