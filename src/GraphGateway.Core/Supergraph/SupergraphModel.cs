using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph read for planning: the supergraph schema, its API schema and, per type and field, which
/// subgraphs define and resolve it (the join spec, https://specs.apollo.dev/join/v0.5 and earlier).
/// Immutable after <see cref="SupergraphReader"/> builds it; safe to share across threads.
/// </summary>
public sealed class SupergraphModel
{
    internal SupergraphModel(Schema supergraph, Schema apiSchema, IReadOnlyList<SubgraphInfo> subgraphs, string joinVersion)
    {
        Supergraph = supergraph;
        ApiSchema = apiSchema;
        Subgraphs = subgraphs;
        JoinVersion = joinVersion;
    }

    /// <summary>The supergraph schema as parsed.</summary>
    public Schema Supergraph { get; }

    /// <summary>The API schema clients see.</summary>
    public Schema ApiSchema { get; }

    /// <summary>The subgraphs (<c>join__Graph</c> values), in written order.</summary>
    public IReadOnlyList<SubgraphInfo> Subgraphs { get; }

    /// <summary>The join spec version, e.g. <c>0.3</c>.</summary>
    public string JoinVersion { get; }

    /// <summary>Join data per type name.</summary>
    public Dictionary<string, JoinTypeInfo> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>The subgraph named <paramref name="name"/>, or null.</summary>
    public SubgraphInfo? Subgraph(string name) => Subgraphs.FirstOrDefault(s => s.Name == name);

    /// <summary>Join data of <paramref name="typeName"/>, or null for types unknown to the supergraph.</summary>
    public JoinTypeInfo? Type(string typeName) => Types.TryGetValue(typeName, out var t) ? t : null;
}

/// <summary>One subgraph of a supergraph (<c>@join__graph(name:, url:)</c>).</summary>
/// <param name="Name">The subgraph name, e.g. <c>accounts</c>.</param>
/// <param name="EnumValue">The <c>join__Graph</c> value, e.g. <c>ACCOUNTS</c>.</param>
/// <param name="Url">The routing URL from the supergraph (may be empty).</param>
public sealed record SubgraphInfo(string Name, string EnumValue, string Url);

/// <summary>A <c>@join__type</c> application: the type exists in <see cref="Subgraph"/>, optionally as an entity with a key.</summary>
/// <param name="Subgraph">The subgraph name.</param>
/// <param name="Key">The key field set (<c>"id"</c>, <c>"id sku"</c>, <c>"org { id }"</c>), or null.</param>
/// <param name="Resolvable">False for <c>resolvable: false</c> keys: the subgraph cannot resolve the entity.</param>
/// <param name="IsInterfaceObject">True when the subgraph declares this interface as an <c>@interfaceObject</c> object type.</param>
/// <param name="Extension">True when the subgraph defined the type as an extension (Federation 1).</param>
public sealed record JoinTypeEntry(string Subgraph, string? Key, bool Resolvable, bool IsInterfaceObject, bool Extension);

/// <summary>A <c>@join__field</c> application: where a field is defined and how.</summary>
/// <param name="Subgraph">The subgraph name.</param>
/// <param name="Requires">The <c>@requires</c> field set, or null.</param>
/// <param name="Provides">The <c>@provides</c> field set, or null.</param>
/// <param name="External">True when the field is <c>@external</c> in that subgraph.</param>
/// <param name="Override">The subgraph the field was taken over from (<c>@override(from:)</c>), or null.</param>
/// <param name="OverrideLabel">The progressive override label, or null.</param>
/// <param name="UsedOverridden">True when the subgraph keeps an overridden field only for its own use (keys, requires).</param>
/// <param name="TypeInSubgraph">The field type in that subgraph when it differs from the supergraph's, or null.</param>
public sealed record JoinFieldEntry(
    string Subgraph,
    string? Requires,
    string? Provides,
    bool External,
    string? Override,
    string? OverrideLabel,
    bool UsedOverridden,
    string? TypeInSubgraph);

/// <summary>Join data of one named type.</summary>
public sealed class JoinTypeInfo
{
    /// <summary>Creates join data for <paramref name="name"/>.</summary>
    public JoinTypeInfo(string name) => Name = name;

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary><c>@join__type</c> entries in written order (one per subgraph and key).</summary>
    public List<JoinTypeEntry> Entries { get; } = [];

    /// <summary>Subgraphs that define the type, in written order, distinct.</summary>
    public List<string> Subgraphs { get; } = [];

    /// <summary>Interfaces implemented per subgraph (<c>@join__implements</c>); absent subgraph means "as in the supergraph".</summary>
    public Dictionary<string, HashSet<string>> Implements { get; } = new(StringComparer.Ordinal);

    /// <summary>Union members per subgraph (<c>@join__unionMember</c>); absent subgraph means "as in the supergraph".</summary>
    public Dictionary<string, HashSet<string>> UnionMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>Join data per field name.</summary>
    public Dictionary<string, JoinFieldInfo> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the type is defined in <paramref name="subgraph"/>.</summary>
    public bool IsIn(string subgraph) => Subgraphs.Contains(subgraph);

    /// <summary>Resolvable keys of the type in <paramref name="subgraph"/> (written order).</summary>
    public IEnumerable<string> ResolvableKeys(string subgraph) =>
        Entries.Where(e => e.Subgraph == subgraph && e.Key is not null && e.Resolvable).Select(e => e.Key!);

    /// <summary>All keys of the type in <paramref name="subgraph"/>, resolvable or not.</summary>
    public IEnumerable<string> AllKeys(string subgraph) =>
        Entries.Where(e => e.Subgraph == subgraph && e.Key is not null).Select(e => e.Key!);

    /// <summary>True when <paramref name="subgraph"/> declares this interface as an <c>@interfaceObject</c>.</summary>
    public bool IsInterfaceObjectIn(string subgraph) => Entries.Exists(e => e.Subgraph == subgraph && e.IsInterfaceObject);
}

/// <summary>Join data of one field.</summary>
public sealed class JoinFieldInfo
{
    /// <summary>Creates join data for field <paramref name="name"/>.</summary>
    public JoinFieldInfo(string name) => Name = name;

    /// <summary>The field name.</summary>
    public string Name { get; }

    /// <summary><c>@join__field</c> entries; empty when the field is in every subgraph of its type.</summary>
    public List<JoinFieldEntry> Entries { get; } = [];

    /// <summary>True when the field carries any <c>@join__field</c> (even one without <c>graph:</c>, as on fields an <c>@interfaceObject</c> adds).</summary>
    public bool HasJoinField { get; set; }

    /// <summary>The entry of <paramref name="subgraph"/>, or null.</summary>
    public JoinFieldEntry? Entry(string subgraph) => Entries.Find(e => e.Subgraph == subgraph);
}
