using System.Text.Json;

namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// The <c>extensions</c> entry of a GraphQL response (GraphQL spec §7.1 "Response Format": a map reserved for
/// implementors), filled by stages before the response is written. Entries are written in the order they were first
/// set; setting a name again replaces its value. Not thread-safe: stages run one after another.
/// </summary>
public sealed class ResponseExtensions
{
    private List<KeyValuePair<string, object>>? _entries;

    /// <summary>True when no entry was set.</summary>
    public bool IsEmpty => _entries is not { Count: > 0 };

    /// <summary>The entries in order; values are <see cref="string"/> or <see cref="JsonElement"/>.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> Entries => _entries ?? (IReadOnlyList<KeyValuePair<string, object>>)[];

    /// <summary>Sets <paramref name="name"/> to a string value.</summary>
    public void Set(string name, string value) => SetValue(name, value);

    /// <summary>Sets <paramref name="name"/> to a JSON value (cloned by the caller if it outlives its document).</summary>
    public void Set(string name, JsonElement value) => SetValue(name, value);

    /// <summary>Writes <c>"extensions":{...}</c> when there are entries.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (IsEmpty)
        {
            return;
        }

        writer.WriteStartObject("extensions");
        foreach (var (name, value) in _entries!)
        {
            writer.WritePropertyName(name);
            if (value is string s)
            {
                writer.WriteStringValue(s);
            }
            else
            {
                ((JsonElement)value).WriteTo(writer);
            }
        }

        writer.WriteEndObject();
    }

    private void SetValue(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(name);
        _entries ??= [];
        var i = _entries.FindIndex(e => e.Key == name);
        if (i >= 0)
        {
            _entries[i] = new KeyValuePair<string, object>(name, value);
        }
        else
        {
            _entries.Add(new KeyValuePair<string, object>(name, value));
        }
    }
}
