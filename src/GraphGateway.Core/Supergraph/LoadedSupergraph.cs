using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph loaded and ready to serve, with what its input says about subgraph URLs: read from a <c>gateway.fsp</c> package (docs/composition.md "Package": <c>supergraph.graphql</c>,
/// <c>package-metadata.json</c>, <c>subgraphs/&lt;name&gt;/subgraph-settings.json</c>) or a bare supergraph SDL file.
/// </summary>
/// <param name="Model">The supergraph read for planning.</param>
/// <param name="Version">Lower-case hex SHA-256 of the package file, or of the SDL for a bare supergraph file.</param>
/// <param name="SubgraphUrls">Subgraph URLs from the package's settings (empty for a bare SDL).</param>
public sealed record LoadedSupergraph(SupergraphModel Model, string Version, IReadOnlyDictionary<string, string> SubgraphUrls)
{
    /// <summary>
    /// Further URLs per subgraph from the package's settings (<c>extraUrls</c>, or <c>urls</c> after the first), to
    /// load-balance over together with <see cref="SubgraphUrls"/>; subgraphs without any are absent.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SubgraphExtraUrls { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    /// <summary>Loads <paramref name="path"/> (<c>.fsp</c> package, anything else is read as SDL).</summary>
    /// <exception cref="SupergraphException">The file is missing, not a valid package or not a valid supergraph; the message names the file and entry.</exception>
    public static LoadedSupergraph Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new SupergraphException([$"{path}: supergraph file not found."]);
        }

        return path.EndsWith(".fsp", StringComparison.OrdinalIgnoreCase) ? LoadPackage(path) : LoadSdl(File.ReadAllText(path), path);
    }

    /// <summary>Reads a supergraph SDL text.</summary>
    public static LoadedSupergraph LoadSdl(string sdl, string sourceName)
    {
        var model = SupergraphReader.Read(sdl, sourceName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sdl)));
        return new LoadedSupergraph(model, hash, new Dictionary<string, string>(StringComparer.Ordinal));
    }

    /// <summary>
    /// Reads a <c>gateway.fsp</c> through <see cref="GatewayPackage.Read(string)"/> (which validates entries, metadata and
    /// format version) and takes each subgraph's URLs from its <c>subgraph-settings.json</c> (<c>url</c>, then <c>extraUrls</c>).
    /// </summary>
    private static LoadedSupergraph LoadPackage(string path)
    {
        GatewayPackage package;
        try
        {
            package = GatewayPackage.Read(path);
        }
        catch (PackageException ex)
        {
            throw new SupergraphException([ex.Message], ex);
        }

        var model = SupergraphReader.Read(package.SupergraphSdl, path + "!" + GatewayPackage.SupergraphEntry);

        // The version identifies the whole file, so any change (supergraph, subgraph URLs, settings) is a reload,
        // even when a composer writes the same inputHash for different output.
        var version = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        var extraUrls = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var subgraph in package.Subgraphs)
        {
            var all = new List<string>();
            if (subgraph.Settings.Url is { } url)
            {
                all.Add(url);
            }

            all.AddRange(subgraph.Settings.ExtraUrls ?? []);
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

        return new LoadedSupergraph(model, version, urls) { SubgraphExtraUrls = extraUrls };
    }
}
