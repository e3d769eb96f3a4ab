using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph loaded from disk: either a <c>gateway.fsp</c> package (DESIGN §3: <c>supergraph.graphql</c>,
/// <c>package-metadata.json</c>, <c>subgraphs/&lt;name&gt;/subgraph-settings.json</c>) or a bare supergraph SDL file.
/// </summary>
/// <param name="Model">The supergraph read for planning.</param>
/// <param name="Version">The package's <c>inputHash</c>, or the lower-case hex SHA-256 of the SDL.</param>
/// <param name="SubgraphUrls">Subgraph URLs from the package's settings (empty for a bare SDL).</param>
public sealed record SupergraphSource(SupergraphModel Model, string Version, IReadOnlyDictionary<string, string> SubgraphUrls)
{
    /// <summary>
    /// Further URLs per subgraph from the package's settings (<c>extraUrls</c>, or <c>urls</c> after the first), to
    /// load-balance over together with <see cref="SubgraphUrls"/>; subgraphs without any are absent.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SubgraphExtraUrls { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Loads <paramref name="path"/> (<c>.fsp</c> package, anything else is read as SDL).</summary>
    /// <exception cref="SupergraphException">The file is missing, not a valid package or not a valid supergraph; the message names the file and entry.</exception>
    public static SupergraphSource Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SupergraphException([$"{path}: supergraph file not found."]);
        }

        return path.EndsWith(".fsp", StringComparison.OrdinalIgnoreCase) ? LoadPackage(path) : LoadSdl(File.ReadAllText(path), path);
    }

    /// <summary>Reads a supergraph SDL text.</summary>
    public static SupergraphSource LoadSdl(string sdl, string sourceName)
    {
        var model = SupergraphReader.Read(sdl, sourceName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)));
        return new SupergraphSource(model, hash, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    private static SupergraphSource LoadPackage(string path)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw new SupergraphException([$"{path}: not a gateway.fsp package (not a zip archive): {ex.Message}"], ex);
        }

        using (zip)
        {
            var entry = zip.GetEntry("supergraph.graphql")
                ?? throw new SupergraphException([$"{path}: the package has no supergraph.graphql entry."]);
            var sdl = ReadEntry(entry);
            var model = SupergraphReader.Read(sdl, path + "!supergraph.graphql");
            var version = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)));
            if (zip.GetEntry("package-metadata.json") is { } metadata)
            {
                try
                {
                    using var doc = JsonDocument.Parse(ReadEntry(metadata));
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("inputHash", out var h) && h.ValueKind == JsonValueKind.String)
                    {
                        version = h.GetString()!;
                    }
                }
                catch (JsonException ex)
                {
                    throw new SupergraphException([$"{path}!package-metadata.json: not valid JSON: {ex.Message}"], ex);
                }
            }

            var urls = new Dictionary<string, string>(StringComparer.Ordinal);
            var extraUrls = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var subgraph in model.Subgraphs)
            {
                if (zip.GetEntry($"subgraphs/{subgraph.Name}/subgraph-settings.json") is not { } settings)
                {
                    continue;
                }

                try
                {
                    using var doc = JsonDocument.Parse(ReadEntry(settings));
                    var root = doc.RootElement;
                    if (root.ValueKind != JsonValueKind.Object)
                    {
                        continue;
                    }

                    var all = new List<string>();
                    if (root.TryGetProperty("url", out var url) && url.ValueKind == JsonValueKind.String)
                    {
                        all.Add(url.GetString()!);
                    }

                    foreach (var name in (ReadOnlySpan<string>)["urls", "extraUrls"])
                    {
                        if (root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
                        {
                            all.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                        }
                    }

                    all = all.Distinct(StringComparer.Ordinal).ToList();
                    if (all.Count > 0)
                    {
                        urls[subgraph.Name] = all[0];
                    }

                    if (all.Count > 1)
                    {
                        extraUrls[subgraph.Name] = all.Skip(1).ToArray();
                    }
                }
                catch (JsonException ex)
                {
                    throw new SupergraphException([$"{path}!subgraphs/{subgraph.Name}/subgraph-settings.json: not valid JSON: {ex.Message}"], ex);
                }
            }

            return new SupergraphSource(model, version, urls) { SubgraphExtraUrls = extraUrls };
        }
    }

    private static string ReadEntry(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
