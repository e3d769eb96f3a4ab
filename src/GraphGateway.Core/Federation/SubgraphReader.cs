using System.Text.RegularExpressions;
using GraphGateway.Core.Composition;
using GraphGateway.Core.Links;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>
/// Reads Apollo Federation subgraph SDL into a normalized <see cref="Subgraph"/>: Federation 2
/// (<c>@link(url: "https://specs.apollo.dev/federation/v2.x", import: [...])</c>, renamed imports,
/// <c>federation__</c>-prefixed names) and Federation 1 (no <c>@link</c>; <c>extend type</c>, <c>@extends</c>,
/// key fields of extensions marked <c>@external</c> implicitly resolvable, every field shareable).
/// </summary>
public static partial class SubgraphReader
{
    /// <summary>The highest federation spec minor version (2.x) this reader knows.</summary>
    public const int MaxKnownMinorVersion = 11;

    private static readonly string[] StubScalars =
    [
        "FieldSet", "_FieldSet", "federation__FieldSet", "link__Import", "link__Purpose", "federation__Scope",
        "federation__Policy", "federation__ContextFieldValue", "_Any", "Import", "Purpose", "Scope", "Policy",
    ];

    /// <summary>Reads <paramref name="input"/>; appends errors (with codes) to <paramref name="errors"/> and returns null when it cannot be used.</summary>
    public static Subgraph? Read(SubgraphInput input, List<CompositionError> errors)
    {
        var before = errors.Count;
        if (!NameRegex().IsMatch(input.Name))
        {
            errors.Add(new CompositionError(ErrorCodes.InvalidSubgraphName,
                $"[{input.Name}] Invalid subgraph name \"{input.Name}\": use letters, digits, '_' and '-', starting with a letter.", [input.Name]));
            return null;
        }

        var schema = ParseWithStubs(input, errors);
        if (schema is null)
        {
            return null;
        }

        var features = LinkedFeature.Read(schema);
        var federation = LinkedFeature.Find(features, "/federation");
        (int, int)? version = null;
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        if (federation is not null)
        {
            var v = federation.VersionNumber;
            if (v.Major != 2 || v.Minor > MaxKnownMinorVersion)
            {
                errors.Add(new CompositionError(ErrorCodes.UnknownFederationLinkVersion,
                    $"[{input.Name}] Invalid version {federation.Version} for the federation feature in @link direction on schema", [input.Name]));
                return null;
            }

            version = v;
            foreach (var name in FederationDirectives.Introduced.Keys)
            {
                canonical[federation.DirectiveName(name)] = name;
                canonical[federation.Name + "__" + name] = name;
            }
        }
        else
        {
            foreach (var name in FederationDirectives.Federation1)
            {
                canonical[name] = name;
            }
        }

        var subgraph = new Subgraph(input.Name, input.Url, input.Sdl, schema, version);
        foreach (var link in schema.SchemaDirectives.Where(d => d.Name is "link"))
        {
            var url = link.StringArgument("url") ?? "";
            if (!url.StartsWith(FederationDirectives.SpecIdentity + "/", StringComparison.Ordinal)
                && !url.StartsWith("https://specs.apollo.dev/link/", StringComparison.Ordinal))
            {
                subgraph.OtherLinks.Add(link);
            }
        }

        RootTypeRenamer.Apply(schema);
        Normalize(subgraph, canonical, errors);
        DirectiveUsageValidator.Validate(subgraph, errors);
        if (subgraph.IsFederation1)
        {
            Federation1Upgrade.Apply(subgraph);
        }

        return errors.Count > before ? null : subgraph;
    }

    private static Schema? ParseWithStubs(SubgraphInput input, List<CompositionError> errors)
    {
        var sdl = input.Sdl;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var schema = SchemaParser.TryParse(sdl, input.Name, out var parseErrors);
            if (schema is not null)
            {
                return schema;
            }

            var missing = new List<string>();
            var other = new List<SchemaError>();
            foreach (var e in parseErrors)
            {
                var m = UnknownTypeRegex().Match(e.Message);
                if (m.Success && StubScalars.Contains(m.Groups[1].Value))
                {
                    missing.Add(m.Groups[1].Value);
                }
                else
                {
                    other.Add(e);
                }
            }

            if (other.Count > 0 || missing.Count == 0 || attempt == 1)
            {
                foreach (var e in other.Count > 0 ? other : parseErrors)
                {
                    var at = e.Location is null ? "" : $" (line {e.Location.Line}, column {e.Location.Column})";
                    errors.Add(new CompositionError(ErrorCodes.InvalidGraphQL, $"[{input.Name}] {e.Message}{at}", [input.Name]));
                }

                return null;
            }

            sdl = input.Sdl + "\n" + string.Join("\n", missing.Distinct().Select(n => "scalar " + n)) + "\n";
        }

        return null;
    }

    private static void Normalize(Subgraph subgraph, Dictionary<string, string> canonical, List<CompositionError> errors)
    {
        var schema = subgraph.Schema;
        if (schema.QueryType is { } query)
        {
            query.Fields.Remove("_service");
            query.Fields.Remove("_entities");
        }

        var used = UsedTypeNames(schema);
        foreach (var (name, type) in schema.Types.ToList())
        {
            if (FederationDirectives.IsMachineryType(name)
                || (FederationDirectives.IsImportedMachineryName(name) && type.Kind is TypeKind.Scalar or TypeKind.Enum && !used.Contains(name)))
            {
                schema.Types.Remove(name);
            }
        }

        var definedDirectives = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in schema.DirectiveDefinitions.Keys.ToList())
        {
            if (canonical.ContainsKey(d) || d is "link" or "core" || d.StartsWith("federation__", StringComparison.Ordinal))
            {
                schema.DirectiveDefinitions.Remove(d);
            }
            else
            {
                definedDirectives.Add(d);
            }
        }

        foreach (var link in schema.SchemaDirectives.Where(d => d.Name == "composeDirective").ToList())
        {
            var n = link.StringArgument("name")?.TrimStart('@');
            if (n is not null)
            {
                subgraph.ComposedDirectives.Add(n);
            }
        }

        foreach (var (d, local) in schema.SchemaDirectives.Select(d => (d, d.Name)).ToList())
        {
            if (canonical.TryGetValue(local, out var c) && c == "composeDirective")
            {
                var n = d.StringArgument("name")?.TrimStart('@');
                if (n is not null && !subgraph.ComposedDirectives.Contains(n))
                {
                    subgraph.ComposedDirectives.Add(n);
                }
            }
        }

        schema.SchemaDirectives.Clear();
        foreach (var (element, coordinate) in SchemaWalker.Elements(schema).ToList())
        {
            for (var i = 0; i < element.Directives.Count; i++)
            {
                var d = element.Directives[i];
                if (canonical.TryGetValue(d.Name, out var c))
                {
                    element.Directives[i] = d with { Name = c };
                }
                else if (!BuiltIns.IsBuiltInDirective(d.Name) && !definedDirectives.Contains(d.Name))
                {
                    var hint = FederationDirectives.Introduced.ContainsKey(d.Name)
                        ? subgraph.IsFederation1
                            ? $" If you meant the \"@{d.Name}\" federation 2 directive, note that this schema is a federation 1 schema. To be a federation 2 schema, it needs to @link to the federation specification v2."
                            : $" If you meant the \"@{d.Name}\" federation directive, you should use fully-qualified name \"@federation__{d.Name}\" or add \"@{d.Name}\" to the `import` argument of the @link to the federation specification."
                        : "";
                    errors.Add(new CompositionError(ErrorCodes.InvalidGraphQL,
                        $"[{subgraph.Name}] Unknown directive \"@{d.Name}\" on {coordinate}.{hint}", [subgraph.Name], coordinate));
                }
            }
        }

        foreach (var t in schema.Types.Values)
        {
            // Federation 1 `extend type` blocks become plain definitions on upgrade; `@extends` stays an extension.
            var isExtension = (t.IsExtensionOnly && !subgraph.IsFederation1) || t.HasDirective("extends");
            if (isExtension && t is ComplexTypeDefinition)
            {
                foreach (var key in t.DirectivesNamed("key"))
                {
                    subgraph.ExtensionKeys.Add((t.Name, key.StringArgument("fields") ?? ""));
                }
            }
        }
    }

    private static HashSet<string> UsedTypeNames(Schema schema)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in schema.Types.Values)
        {
            switch (t)
            {
                case ComplexTypeDefinition c:
                    foreach (var f in c.Fields.Values)
                    {
                        used.Add(f.Type.NamedType);
                        foreach (var a in f.Arguments.Values)
                        {
                            used.Add(a.Type.NamedType);
                        }
                    }

                    break;
                case InputObjectTypeDefinition io:
                    foreach (var f in io.Fields.Values)
                    {
                        used.Add(f.Type.NamedType);
                    }

                    break;
            }
        }

        return used;
    }

    [GeneratedRegex("has unknown type ([_A-Za-z][_0-9A-Za-z]*)\\.$")]
    private static partial Regex UnknownTypeRegex();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex NameRegex();
}
