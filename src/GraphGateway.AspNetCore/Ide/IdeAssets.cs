using System.Reflection;
using System.Security.Cryptography;

namespace GraphGateway.AspNetCore.Ide;

/// <summary>
/// The IDE bundle embedded in this assembly by <c>Ide/GraphGatewayIde.targets</c> as resources named
/// <c>GraphGateway.Ide.&lt;file&gt;</c> (<c>ide.js</c>, <c>ide.css</c>, licence notes).
/// </summary>
internal sealed class IdeAssets
{
    private const string ResourcePrefix = "GraphGateway.Ide.";

    /// <summary>The script of the IDE.</summary>
    public const string ScriptName = "ide.js";

    /// <summary>The stylesheet of the IDE.</summary>
    public const string StyleName = "ide.css";

    private readonly Dictionary<string, IdeAsset> _assets;

    private IdeAssets(Dictionary<string, IdeAsset> assets) => _assets = assets;

    /// <summary>Whether the script and the stylesheet are both present (the npm build ran).</summary>
    public bool IsComplete => _assets.ContainsKey(ScriptName) && _assets.ContainsKey(StyleName);

    /// <summary>Finds an asset by file name (case-sensitive), or <see langword="null"/>.</summary>
    public IdeAsset? Find(string name) => _assets.GetValueOrDefault(name);

    /// <summary>Loads every embedded IDE resource of <paramref name="assembly"/>.</summary>
    public static IdeAssets Load(Assembly assembly)
    {
        var assets = new Dictionary<string, IdeAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            var name = resource[ResourcePrefix.Length..];
            assets[name] = new IdeAsset(name, content, ContentTypeOf(name), ETagOf(content));
        }

        return new IdeAssets(assets);
    }

    /// <summary>A strong entity tag from the SHA-256 of <paramref name="content"/> (RFC 9110 §8.8.3).</summary>
    public static string ETagOf(ReadOnlySpan<byte> content)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(content, hash);
        return "\"" + Convert.ToHexStringLower(hash[..12]) + "\"";
    }

    private static string ContentTypeOf(string name) => Path.GetExtension(name) switch
    {
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".map" => "application/json; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };
}
