using System.IO.Compression;

namespace GraphGateway.Core.Packaging;

/// <summary>
/// What a subgraph team publishes (<c>graphgateway subgraph pack</c>): a deterministic zip with
/// <c>schema.graphql</c> and <c>subgraph-settings.json</c> (name, url). <c>graphgateway compose</c> accepts it.
/// </summary>
public static class SubgraphPackage
{
    /// <summary>Writes <paramref name="subgraph"/> as a deterministic zip.</summary>
    /// <exception cref="PackageException">The settings are invalid (name, URLs).</exception>
    public static void Write(Stream stream, PackageSubgraph subgraph)
    {
        var problems = new List<string>();
        SubgraphSettingsValidator.Validate(subgraph.Settings, "subgraph package", problems);
        if (problems.Count > 0)
        {
            throw new PackageException(string.Join("\n", problems));
        }

        var zip = new DeterministicZip();
        zip.Add("schema.graphql", subgraph.Schema);
        zip.Add("subgraph-settings.json", PackageJson.Serialize(subgraph.Settings));
        zip.WriteTo(stream);
    }

    /// <summary>Reads and validates a subgraph package.</summary>
    /// <param name="stream">A readable, seekable stream holding the zip.</param>
    /// <param name="sourceName">A path or name for error messages.</param>
    /// <exception cref="PackageException">Not a zip, missing entries, invalid JSON or settings; every problem listed.</exception>
    public static PackageSubgraph Read(Stream stream, string sourceName)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new PackageException($"{sourceName}: not a subgraph package (not a valid zip file: {ex.Message}).", ex);
        }

        using (zip)
        {
            var problems = new List<string>();
            var result = GatewayPackageReader.ReadSubgraph(zip, sourceName, "", null, problems);
            return problems.Count > 0 || result is null ? throw new PackageException(string.Join("\n", problems)) : result;
        }
    }

    /// <summary>Reads the subgraph package file at <paramref name="path"/>.</summary>
    /// <exception cref="PackageException">The file is missing or malformed.</exception>
    public static PackageSubgraph Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PackageException($"{Path.GetFullPath(path)}: subgraph package file not found.");
        }

        using var s = File.OpenRead(path);
        return Read(s, path);
    }

    /// <summary>Parses <c>subgraph-settings.json</c> text.</summary>
    /// <exception cref="PackageException">Invalid JSON or settings.</exception>
    public static SubgraphSettings ParseSettings(string json, string sourceName)
    {
        var problems = new List<string>();
        var settings = GatewayPackageReader.Deserialize<SubgraphSettings>(json, sourceName, problems);
        if (settings is not null)
        {
            SubgraphSettingsValidator.Validate(settings, sourceName, problems);
        }

        return problems.Count > 0 ? throw new PackageException(string.Join("\n", problems)) : settings!;
    }

    /// <summary>Serializes settings as the package writes them (camelCase, indented, LF, trailing newline).</summary>
    public static string SerializeSettings(SubgraphSettings settings) => PackageJson.Serialize(settings);
}
