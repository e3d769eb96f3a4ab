using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>
/// A subgraph schema normalized for composition: federation directives carry their canonical names
/// (<c>@key</c>, <c>@external</c>, ...) whatever the subgraph imported or renamed them to, federation
/// machinery (<c>_service</c>, <c>_entities</c>, <c>_Any</c>, field-set scalars, <c>@link</c>) is removed,
/// and Federation 1 conventions are translated (type extensions, implicit shareability, key fields of
/// extensions not external).
/// </summary>
public sealed class Subgraph
{
    internal Subgraph(string name, string? url, string sdl, Schema schema, (int Major, int Minor)? federationVersion)
    {
        Name = name;
        Url = url;
        Sdl = sdl;
        Schema = schema;
        FederationVersion = federationVersion;
    }

    /// <summary>The subgraph name, as given to composition.</summary>
    public string Name { get; }

    /// <summary>The routing URL, or null.</summary>
    public string? Url { get; }

    /// <summary>The SDL as read.</summary>
    public string Sdl { get; }

    /// <summary>The normalized schema.</summary>
    public Schema Schema { get; }

    /// <summary>The linked federation version (e.g. (2, 3)); null for a Federation 1 subgraph without <c>@link</c>.</summary>
    public (int Major, int Minor)? FederationVersion { get; }

    /// <summary>True for a Federation 1 subgraph (no <c>@link</c> to the federation spec).</summary>
    public bool IsFederation1 => FederationVersion is null;

    /// <summary>
    /// Keys declared inside <c>extend type</c> blocks or on types with <c>@extends</c>, as (type name, fields text)
    /// (the supergraph marks these <c>@join__type(extension: true)</c>).
    /// </summary>
    public HashSet<(string Type, string Fields)> ExtensionKeys { get; } = [];

    /// <summary>Names of custom directives this subgraph asks to keep with <c>@composeDirective</c>, without <c>@</c>.</summary>
    public List<string> ComposedDirectives { get; } = [];

    /// <summary>The <c>@link</c> directives of non-federation features (kept for <c>@composeDirective</c>).</summary>
    public List<AppliedDirective> OtherLinks { get; } = [];

    /// <summary>The <c>@key</c> directives applied to <paramref name="type"/>.</summary>
    public IEnumerable<AppliedDirective> Keys(TypeDefinition type) => type.DirectivesNamed("key");

    /// <summary>True when <paramref name="type"/> has at least one <c>@key</c> (it is an entity here).</summary>
    public bool IsEntity(TypeDefinition type) => type.HasDirective("key");

    /// <summary>True when <paramref name="field"/> is marked <c>@external</c> (directly or through its type).</summary>
    public bool IsExternal(TypeDefinition type, FieldDefinition field) => field.HasDirective("external") || type.HasDirective("external");

    /// <summary>The <c>@interfaceObject</c> flag of a type.</summary>
    public static bool IsInterfaceObject(TypeDefinition type) => type.HasDirective("interfaceObject");

    private HashSet<(string Type, string Field)>? _fieldSetFields;
    private HashSet<(string Type, string Field)>? _keyFields;

    /// <summary>(type, field) pairs selected by any <c>@key</c>, <c>@requires</c> or <c>@provides</c> here (computed once; read after normalization).</summary>
    internal HashSet<(string Type, string Field)> FieldSetFields => _fieldSetFields ??= FieldSetUsage.Selected(Schema);

    /// <summary>(type, field) pairs selected by any <c>@key</c> here, nested selections included (computed once).</summary>
    internal HashSet<(string Type, string Field)> KeyFields => _keyFields ??= FieldSetUsage.Selected(Schema, keys: true, requires: false, provides: false);

    /// <inheritdoc />
    public override string ToString() => Name;
}
