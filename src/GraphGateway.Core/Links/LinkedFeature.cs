using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Links;

/// <summary>
/// One feature a schema links to with <c>@link(url:, as:, import:, for:)</c> (core schemas, "link v1.0",
/// https://specs.apollo.dev/link/v1.0) or the older <c>@core(feature:, as:, for:)</c>. Resolves the
/// names the feature's elements have in this schema: the root directive takes the feature's name
/// (<c>@inaccessible</c>), other elements are prefixed (<c>@join__type</c>, <c>join__Graph</c>) unless imported,
/// and imports may be renamed (<c>{ name: "@key", as: "@primaryKey" }</c>).
/// </summary>
public sealed class LinkedFeature
{
    private readonly Dictionary<string, string> _imports = new(StringComparer.Ordinal);

    /// <summary>Creates a feature from its URL, local name and imports.</summary>
    /// <param name="url">The full URL, e.g. <c>https://specs.apollo.dev/join/v0.3</c>.</param>
    /// <param name="alias">The <c>as:</c> name, or null to use the spec's name.</param>
    /// <param name="imports">Element name (with <c>@</c> for directives) to local name.</param>
    /// <param name="purpose">The <c>for:</c> value (<c>SECURITY</c>, <c>EXECUTION</c>), or null.</param>
    public LinkedFeature(string url, string? alias, IReadOnlyDictionary<string, string> imports, string? purpose)
    {
        Url = url;
        var trimmed = url.TrimEnd('/');
        var parts = trimmed.Split('/');
        var last = parts[^1];
        if (last.Length > 1 && last[0] == 'v' && char.IsDigit(last[1]))
        {
            Version = last[1..];
            SpecName = parts.Length > 1 ? parts[^2] : last;
            Identity = string.Join('/', parts[..^1]);
        }
        else
        {
            Version = string.Empty;
            SpecName = last;
            Identity = trimmed;
        }

        Name = alias ?? SpecName;
        Purpose = purpose;
        foreach (var (k, v) in imports)
        {
            _imports[k] = v;
        }
    }

    /// <summary>The URL as written.</summary>
    public string Url { get; }

    /// <summary>The URL without its version, e.g. <c>https://specs.apollo.dev/join</c>.</summary>
    public string Identity { get; }

    /// <summary>The spec's own name, from the URL (e.g. <c>join</c>, <c>federation</c>).</summary>
    public string SpecName { get; }

    /// <summary>The local name: <c>as:</c> or the spec's name.</summary>
    public string Name { get; }

    /// <summary>The version without <c>v</c>, e.g. <c>0.3</c>; empty when the URL has none.</summary>
    public string Version { get; }

    /// <summary>The <c>for:</c> purpose, or null.</summary>
    public string? Purpose { get; }

    /// <summary>The version as a comparable (major, minor) pair; (0, 0) when unversioned.</summary>
    public (int Major, int Minor) VersionNumber
    {
        get
        {
            var parts = Version.Split('.');
            return parts.Length == 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor)
                ? (major, minor)
                : (0, 0);
        }
    }

    /// <summary>
    /// The local name of the directive <paramref name="element"/> of this feature (without <c>@</c>), e.g.
    /// <c>type</c> → <c>join__type</c>; the feature's own name → its local name; imported → import name.
    /// </summary>
    public string DirectiveName(string element)
    {
        if (_imports.TryGetValue("@" + element, out var local))
        {
            return local.TrimStart('@');
        }

        return element == SpecName ? Name : Name + "__" + element;
    }

    /// <summary>The local name of the type <paramref name="element"/> of this feature, e.g. <c>Graph</c> → <c>join__Graph</c>.</summary>
    public string TypeName(string element) => _imports.TryGetValue(element, out var local) ? local : Name + "__" + element;

    /// <summary>True when the local directive name <paramref name="localName"/> belongs to this feature.</summary>
    public bool OwnsDirective(string localName) =>
        localName == Name || localName.StartsWith(Name + "__", StringComparison.Ordinal) || _imports.ContainsValue("@" + localName);

    /// <summary>True when the local type name <paramref name="localName"/> belongs to this feature.</summary>
    public bool OwnsType(string localName) =>
        localName.StartsWith(Name + "__", StringComparison.Ordinal) || _imports.ContainsValue(localName);

    /// <summary>Reads the features a schema links (<c>@link</c> and <c>@core</c> on the schema), in written order.</summary>
    public static IReadOnlyList<LinkedFeature> Read(Schema schema)
    {
        var result = new List<LinkedFeature>();
        foreach (var d in schema.SchemaDirectives)
        {
            if (d.Name is "link" or "core")
            {
                var url = d.StringArgument("url") ?? d.StringArgument("feature");
                if (url is not null)
                {
                    result.Add(new LinkedFeature(url, d.StringArgument("as"), ReadImports(d.Argument("import")), d.StringArgument("for")));
                }
            }
        }

        return result;
    }

    /// <summary>The first linked feature whose identity ends with <paramref name="specPath"/> (e.g. <c>/join</c>), or null.</summary>
    public static LinkedFeature? Find(IReadOnlyList<LinkedFeature> features, string specPath) =>
        features.FirstOrDefault(f => f.Identity.EndsWith(specPath, StringComparison.Ordinal));

    private static Dictionary<string, string> ReadImports(GraphQLValue? value)
    {
        var imports = new Dictionary<string, string>(StringComparer.Ordinal);
        if (value is not GraphQLListValue list)
        {
            return imports;
        }

        foreach (var item in list.Values ?? [])
        {
            switch (item)
            {
                case GraphQLStringValue s:
                    imports[s.Value.ToString()] = s.Value.ToString();
                    break;
                case GraphQLObjectValue o:
                    var name = (o.Field("name")?.Value as GraphQLStringValue)?.Value.ToString();
                    var alias = (o.Field("as")?.Value as GraphQLStringValue)?.Value.ToString();
                    if (name is not null)
                    {
                        imports[name] = alias ?? name;
                    }

                    break;
            }
        }

        return imports;
    }
}
