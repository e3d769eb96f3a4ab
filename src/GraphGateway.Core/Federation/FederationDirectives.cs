namespace GraphGateway.Core.Federation;

/// <summary>
/// The Apollo Federation subgraph directives by their canonical names (federation spec v2.x,
/// https://specs.apollo.dev/federation/v2.9) and the spec version that introduced each.
/// </summary>
public static class FederationDirectives
{
    /// <summary>The federation spec URL prefix, without version.</summary>
    public const string SpecIdentity = "https://specs.apollo.dev/federation";

    /// <summary>Canonical directive names with the minimum federation version (major, minor) defining them.</summary>
    public static readonly IReadOnlyDictionary<string, (int Major, int Minor)> Introduced = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["key"] = (2, 0),
        ["requires"] = (2, 0),
        ["provides"] = (2, 0),
        ["external"] = (2, 0),
        ["tag"] = (2, 0),
        ["extends"] = (2, 0),
        ["shareable"] = (2, 0),
        ["inaccessible"] = (2, 0),
        ["override"] = (2, 0),
        ["composeDirective"] = (2, 1),
        ["interfaceObject"] = (2, 3),
        ["authenticated"] = (2, 5),
        ["requiresScopes"] = (2, 5),
        ["policy"] = (2, 6),
        ["context"] = (2, 8),
        ["fromContext"] = (2, 8),
        ["cost"] = (2, 9),
        ["listSize"] = (2, 9),
    };

    /// <summary>Directive names a Federation 1 subgraph uses without <c>@link</c>.</summary>
    public static readonly IReadOnlySet<string> Federation1 = new HashSet<string>(StringComparer.Ordinal)
    {
        "key", "requires", "provides", "external", "extends", "tag", "inaccessible",
    };

    /// <summary>
    /// Types that are always federation machinery and never part of the composed supergraph:
    /// <c>_Service</c>, <c>_Entity</c>, <c>_Any</c>, <c>_FieldSet</c>, and every <c>federation__*</c> / <c>link__*</c> type.
    /// </summary>
    public static bool IsMachineryType(string name) =>
        name is "_Service" or "_Entity" or "_Any" or "_FieldSet"
        || name.StartsWith("federation__", StringComparison.Ordinal)
        || name.StartsWith("link__", StringComparison.Ordinal);

    /// <summary>
    /// Imported machinery names (<c>FieldSet</c>, <c>Import</c>, <c>Purpose</c>, <c>Scope</c>, <c>Policy</c>, <c>ContextFieldValue</c>):
    /// removed only when defined as a scalar or enum that no field, argument or input field uses, so a
    /// subgraph's own <c>type Policy</c> stays.
    /// </summary>
    public static bool IsImportedMachineryName(string name) =>
        name is "FieldSet" or "Import" or "Purpose" or "Scope" or "Policy" or "ContextFieldValue";
}
