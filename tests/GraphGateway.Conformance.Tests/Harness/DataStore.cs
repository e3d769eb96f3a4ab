using System.Text.Json.Nodes;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// The one unsplit data set of a schema set (data.json), shared by every subgraph and by the monolith.
/// Shape: <c>{"Query": {field: value}, "Mutation": {...}, "&lt;Type&gt;": [record, ...]}</c>. A record is a JSON
/// object of field values. A value that is an object with <c>"__ref": "Type"</c> plus key fields references a
/// record of that type (or of a type implementing that interface); <c>{"__fn": "name"}</c> calls a named
/// <see cref="FieldFunctions">field function</see>; <c>{"__error": "message", "code": "X"}</c> raises a field error.
/// Each run gets its own copy (mutations change it).
/// </summary>
internal sealed class DataStore
{
    private readonly JsonObject root;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> implementations;

    /// <param name="json">data.json's text.</param>
    /// <param name="implementations">Interface name → object types implementing it (across all subgraphs).</param>
    public DataStore(string json, IReadOnlyDictionary<string, IReadOnlyList<string>> implementations)
    {
        root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException("data.json is not an object");
        this.implementations = implementations;
    }

    /// <summary>The root object's data (<c>Query</c> or <c>Mutation</c>), empty when absent.</summary>
    public JsonObject RootData(string typeName) => root[typeName] as JsonObject ?? [];

    /// <summary>All records of <paramref name="typeName"/> (an object type, or an interface: records of its implementations).</summary>
    public IEnumerable<(string Type, JsonObject Record)> Records(string typeName)
    {
        var types = implementations.TryGetValue(typeName, out var impls) ? impls.Prepend(typeName) : [typeName];
        foreach (var t in types.Distinct())
        {
            if (root[t] is JsonArray arr)
            {
                foreach (var r in arr.OfType<JsonObject>())
                {
                    yield return (t, r);
                }
            }
        }
    }

    /// <summary>A reference to exactly <paramref name="record"/> of <paramref name="type"/> (by its position).</summary>
    public JsonObject Reference(string type, JsonObject record)
    {
        var arr = root[type] as JsonArray ?? throw new InvalidOperationException("No records of " + type);
        return new JsonObject { ["__ref"] = type, ["__index"] = arr.IndexOf(record) };
    }

    /// <summary>True when every non-<c>__</c> property of <paramref name="key"/> matches <paramref name="record"/>.</summary>
    public bool MatchesRecord(JsonObject key, JsonObject record) =>
        key.Where(p => !p.Key.StartsWith("__", StringComparison.Ordinal)).All(p => Matches(p.Value, record[p.Key]));

    /// <summary>Adds a record (used by mutation functions).</summary>
    public void Add(string typeName, JsonObject record)
    {
        if (root[typeName] is not JsonArray arr)
        {
            arr = [];
            root[typeName] = arr;
        }

        arr.Add(record);
    }

    /// <summary>
    /// Finds the first record of <paramref name="typeName"/> whose fields match every property of
    /// <paramref name="key"/> (except <c>__typename</c>/<c>__ref</c>); nested key objects match referenced records.
    /// </summary>
    public (string Type, JsonObject Record)? Find(string typeName, JsonObject key, IEnumerable<string>? onlyFields = null)
    {
        var fields = (onlyFields ?? key.Select(p => p.Key)).Where(k => !k.StartsWith("__", StringComparison.Ordinal)).ToList();
        foreach (var (t, r) in Records(typeName))
        {
            if (fields.All(f => key.ContainsKey(f) && Matches(key[f], r[f])))
            {
                return (t, r);
            }
        }

        return null;
    }

    /// <summary>Resolves a reference value (<c>{"__ref": ...}</c>) to its record, or null when it dangles.</summary>
    public (string Type, JsonObject Record)? Resolve(JsonObject reference)
    {
        var type = reference["__ref"]!.GetValue<string>();
        if (reference["__index"] is JsonValue index)
        {
            return (type, (JsonObject)((JsonArray)root[type]!)[index.GetValue<int>()]!);
        }

        return Find(type, reference);
    }

    /// <summary>True when <paramref name="value"/> is a reference object.</summary>
    public static bool IsRef(JsonNode? value) => value is JsonObject o && o.ContainsKey("__ref");

    private bool Matches(JsonNode? wanted, JsonNode? actual)
    {
        if (wanted is JsonObject wo)
        {
            JsonObject? target = actual as JsonObject;
            if (target is not null && IsRef(target))
            {
                target = Resolve(target)?.Record ?? target;
            }

            return target is not null && wo.Where(p => !p.Key.StartsWith("__", StringComparison.Ordinal)).All(p => Matches(p.Value, target[p.Key]));
        }

        if (wanted is JsonArray wa)
        {
            return actual is JsonArray aa && wa.Count == aa.Count && wa.Zip(aa).All(x => Matches(x.First, x.Second));
        }

        if (wanted is null || actual is null)
        {
            return wanted is null && actual is null;
        }

        return ScalarText(wanted) == ScalarText(actual);
    }

    private static string ScalarText(JsonNode n) =>
        n is JsonValue v && v.TryGetValue<string>(out var s) ? s : n.ToJsonString();
}
