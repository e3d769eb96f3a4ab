using System.Text.Json.Nodes;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// The runtime value of an object-typed field in a subgraph or the monolith: a data record, an inline
/// value object, or an entity representation. Fields are read from the representation first (keys and
/// <c>@requires</c> values the gateway sent), then from the record; fields marked <c>@external</c> in a
/// subgraph are read from the record only where a <c>@provides</c> on the path provides them.
/// </summary>
internal sealed class ObjectValue
{
    /// <summary>The concrete (data) type name: the record's type, or the representation's <c>__typename</c>.</summary>
    public required string TypeName { get; init; }

    /// <summary>The object type this value has in the executing schema (differs for <c>@interfaceObject</c>).</summary>
    public required string SchemaTypeName { get; init; }

    /// <summary>The data record or inline value object; null for a value built from a representation only.</summary>
    public JsonObject? Record { get; init; }

    /// <summary>The entity representation (or the part of it below a required nested field).</summary>
    public JsonObject? Representation { get; init; }

    /// <summary>True when the record was not found (a reference that dangles): only its key fields are known.</summary>
    public bool Missing { get; init; }

    /// <summary>Fields provided by a <c>@provides</c> on the path to this value (name → nested provided fields).</summary>
    public FieldSet? Provided { get; init; }

    /// <summary>
    /// Reads field <paramref name="name"/>'s raw value. External fields come from the representation, or from the
    /// record where a <c>@provides</c> on the path provides them (else null); other fields come from the record,
    /// falling back to the representation. The flag tells whether the value came from the representation.
    /// </summary>
    public (JsonNode? Value, bool FromRepresentation) Read(string name, bool external)
    {
        if (external)
        {
            if (Representation is not null && Representation.TryGetPropertyValue(name, out var required))
            {
                return (required, true);
            }

            return Provided is not null && Provided.Contains(name) ? (Record?[name], false) : (null, false);
        }

        if (Record is not null && Record.TryGetPropertyValue(name, out var value))
        {
            return (value, false);
        }

        return Representation is not null && Representation.TryGetPropertyValue(name, out var rep) ? (rep, true) : (null, false);
    }
}

/// <summary>A parsed field set (<c>"id author { name }"</c>): field names with nested sets.</summary>
internal sealed class FieldSet
{
    private readonly Dictionary<string, FieldSet?> fields = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="name"/> is in the set.</summary>
    public bool Contains(string name) => fields.ContainsKey(name);

    /// <summary>The nested set below <paramref name="name"/>, or null.</summary>
    public FieldSet? Nested(string name) => fields.TryGetValue(name, out var n) ? n : null;

    /// <summary>Field names at this level.</summary>
    public IEnumerable<string> Names => fields.Keys;

    /// <summary>Parses a field set string; inline fragments (<c>... on T { f }</c>) are flattened.</summary>
    public static FieldSet Parse(string text)
    {
        var tokens = text.Replace("{", " { ").Replace("}", " } ").Split([' ', '\n', '\t', '\r', ','], StringSplitOptions.RemoveEmptyEntries);
        int pos = 0;
        var set = ParseLevel(tokens, ref pos);
        return set;
    }

    private static FieldSet ParseLevel(string[] tokens, ref int pos)
    {
        var set = new FieldSet();
        string? last = null;
        while (pos < tokens.Length)
        {
            var t = tokens[pos++];
            if (t == "}")
            {
                break;
            }

            if (t == "{")
            {
                var nested = ParseLevel(tokens, ref pos);
                if (last is null)
                {
                    foreach (var (k, v) in nested.fields)
                    {
                        set.fields[k] = v;
                    }
                }
                else
                {
                    set.fields[last] = nested;
                }

                continue;
            }

            if (t is "..." or "on")
            {
                last = null;
                if (t == "on")
                {
                    pos++; // type condition
                }

                continue;
            }

            last = t;
            set.fields.TryAdd(t, null);
        }

        return set;
    }
}
