using System.Text.Json;

namespace GraphGateway.Execution.Results;

/// <summary>
/// An object in the merged result tree: subgraph values by response key. Values are <see cref="ResultObject"/>,
/// <see cref="ResultList"/>, <see cref="RawValue"/> (a JSON scalar as the subgraph wrote it) or null.
/// Instances normally come from a <see cref="ResultArena"/> and are reused by later requests once it is reset.
/// </summary>
internal sealed class ResultObject
{
    public ResultObject(int capacity = 4) => Fields = new Dictionary<string, object?>(capacity, StringComparer.Ordinal);

    /// <summary>Empties the object for reuse (the dictionary keeps its capacity).</summary>
    internal void Reset()
    {
        Fields.Clear();
        Typename = null;
        FailedKeys = null;
    }

    public Dictionary<string, object?> Fields { get; }

    /// <summary>The <c>__typename</c> a subgraph reported (under the plan's typename key), or null.</summary>
    public string? Typename { get; set; }

    /// <summary>Response keys that a failed fetch should have filled (its error already explains their absence), or null.</summary>
    public HashSet<string>? FailedKeys { get; private set; }

    /// <summary>Records that a failed fetch should have filled <paramref name="keys"/>.</summary>
    public void MarkFailed(IEnumerable<string> keys)
    {
        FailedKeys ??= new HashSet<string>(StringComparer.Ordinal);
        FailedKeys.UnionWith(keys);
    }

    /// <summary>Merges <paramref name="source"/> into this object (objects and equally long lists deeply, other values replaced).</summary>
    public void Merge(ResultObject source)
    {
        if (source.Typename is not null)
        {
            Typename = source.Typename;
        }
        foreach (var (key, value) in source.Fields)
        {
            if (Fields.TryGetValue(key, out var existing))
            {
                if (existing is ResultObject eo && value is ResultObject vo)
                {
                    eo.Merge(vo);
                    continue;
                }

                if (existing is ResultList el && value is ResultList vl && el.Items.Count == vl.Items.Count)
                {
                    MergeLists(el, vl);
                    continue;
                }
            }

            Fields[key] = value;
        }
    }

    private static void MergeLists(ResultList target, ResultList source)
    {
        for (var i = 0; i < target.Items.Count; i++)
        {
            var t = target.Items[i];
            var s = source.Items[i];
            if (t is ResultObject to && s is ResultObject so)
            {
                to.Merge(so);
            }
            else if (t is ResultList tl && s is ResultList sl && tl.Items.Count == sl.Items.Count)
            {
                MergeLists(tl, sl);
            }
            else if (t is null)
            {
                target.Items[i] = s;
            }
        }
    }
}

/// <summary>A list in the result tree (normally from a <see cref="ResultArena"/>).</summary>
internal sealed class ResultList(List<object?> items)
{
    public List<object?> Items { get; } = items;
}

/// <summary>
/// A JSON scalar (string, number, boolean) kept as the bytes the subgraph sent: a slice of the subgraph's response
/// body, which must stay alive (and unreturned to its pool) while the value is read. Normally from a <see cref="ResultArena"/>.
/// </summary>
internal sealed class RawValue(ReadOnlyMemory<byte> json)
{
    public ReadOnlyMemory<byte> Json { get; internal set; } = json;

    /// <summary>Writes any result-tree value as JSON (used for leaves, including JSON-valued custom scalars).</summary>
    public static void WriteAny(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case RawValue raw:
                writer.WriteRawValue(raw.Json.Span, skipInputValidation: true);
                break;
            case ResultList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteAny(writer, item);
                }

                writer.WriteEndArray();
                break;
            case ResultObject obj:
                writer.WriteStartObject();
                foreach (var (k, v) in obj.Fields)
                {
                    writer.WritePropertyName(k);
                    WriteAny(writer, v);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
