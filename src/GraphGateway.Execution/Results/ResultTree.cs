using System.Text.Json;

namespace GraphGateway.Execution.Results;

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
                foreach (var (k, v) in obj)
                {
                    writer.WritePropertyName(k);
                    WriteAny(writer, v);
                }

                writer.WriteEndObject();
                break;
        }
    }
}
