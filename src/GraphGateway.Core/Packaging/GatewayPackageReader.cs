using System.IO.Compression;
using System.Text.Json;

namespace GraphGateway.Core.Packaging;

/// <summary>Reads and validates a <c>gateway.fsp</c>, collecting every problem before failing.</summary>
internal static class GatewayPackageReader
{
    public static GatewayPackage Read(Stream stream, string source)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            throw new PackageException($"{source}: not a gateway package (not a valid zip file: {ex.Message}).", ex);
        }

        using (zip)
        {
            var problems = new List<string>();
            string? Required(string entry)
            {
                try
                {
                    var text = DeterministicZip.ReadText(zip, entry);
                    if (text is null)
                    {
                        problems.Add($"{source}: missing entry '{entry}'.");
                    }

                    return text;
                }
                catch (InvalidDataException ex)
                {
                    problems.Add($"{source}: entry '{entry}' is corrupt: {ex.Message}");
                    return null;
                }
            }

            var metadataJson = Required(GatewayPackage.MetadataEntry);
            var supergraph = Required(GatewayPackage.SupergraphEntry);
            var api = Required(GatewayPackage.ApiSchemaEntry);
            var gatewaySettings = DeterministicZip.ReadText(zip, GatewayPackage.GatewaySettingsEntry);
            if (gatewaySettings is not null)
            {
                CheckJson(gatewaySettings, $"{source}: entry '{GatewayPackage.GatewaySettingsEntry}'", problems);
            }

            PackageMetadata? metadata = null;
            if (metadataJson is not null)
            {
                metadata = Deserialize<PackageMetadata>(metadataJson, $"{source}: entry '{GatewayPackage.MetadataEntry}'", problems);
                if (metadata is not null && metadata.FormatVersion != PackageMetadata.CurrentFormatVersion)
                {
                    problems.Add($"{source}: formatVersion {metadata.FormatVersion} is not supported (this version reads {PackageMetadata.CurrentFormatVersion}).");
                    metadata = null;
                }
            }

            var subgraphs = new List<PackageSubgraph>();
            if (metadata is not null)
            {
                foreach (var name in metadata.Subgraphs)
                {
                    var sub = ReadSubgraph(zip, source, $"subgraphs/{name}/", name, problems);
                    if (sub is not null)
                    {
                        subgraphs.Add(sub);
                    }
                }

                var known = metadata.Subgraphs.ToHashSet(StringComparer.Ordinal);
                foreach (var e in zip.Entries)
                {
                    if (e.FullName.StartsWith("subgraphs/", StringComparison.Ordinal))
                    {
                        var parts = e.FullName.Split('/');
                        if (parts.Length > 1 && parts[1].Length > 0 && !known.Contains(parts[1]))
                        {
                            problems.Add($"{source}: entry '{e.FullName}' belongs to subgraph '{parts[1]}', which package-metadata.json does not list.");
                        }
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new PackageException(string.Join("\n", problems.Distinct()));
            }

            return new GatewayPackage
            {
                Metadata = metadata!,
                SupergraphSdl = supergraph!,
                ApiSchemaSdl = api!,
                GatewaySettingsJson = gatewaySettings,
                Subgraphs = subgraphs,
            };
        }
    }

    /// <summary>Reads <c>{prefix}schema.graphql</c> and <c>{prefix}subgraph-settings.json</c>; null when a problem was recorded.</summary>
    public static PackageSubgraph? ReadSubgraph(ZipArchive zip, string source, string prefix, string? expectedName, List<string> problems)
    {
        var schemaEntry = prefix + "schema.graphql";
        var settingsEntry = prefix + "subgraph-settings.json";
        var schema = DeterministicZip.ReadText(zip, schemaEntry);
        var settingsJson = DeterministicZip.ReadText(zip, settingsEntry);
        if (schema is null)
        {
            problems.Add($"{source}: missing entry '{schemaEntry}'.");
        }

        if (settingsJson is null)
        {
            problems.Add($"{source}: missing entry '{settingsEntry}'.");
            return null;
        }

        var settings = Deserialize<SubgraphSettings>(settingsJson, $"{source}: entry '{settingsEntry}'", problems);
        if (settings is null || schema is null)
        {
            return null;
        }

        var before = problems.Count;
        SubgraphSettingsValidator.Validate(settings, $"{source}: entry '{settingsEntry}'", problems);
        if (expectedName is not null && settings.Name != expectedName)
        {
            problems.Add($"{source}: entry '{settingsEntry}' names subgraph '{settings.Name}' but is stored under '{expectedName}'.");
        }

        return problems.Count > before ? null : new PackageSubgraph(settings, schema);
    }

    public static T? Deserialize<T>(string json, string what, List<string> problems)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, PackageJson.Options);
            if (value is null)
            {
                problems.Add($"{what}: expected a JSON object, found null.");
            }

            return value;
        }
        catch (JsonException ex)
        {
            problems.Add($"{what}: invalid JSON: {ex.Message}");
            return null;
        }
    }

    private static void CheckJson(string json, string what, List<string> problems)
    {
        try
        {
            using var _ = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add($"{what}: invalid JSON: {ex.Message}");
        }
    }
}
