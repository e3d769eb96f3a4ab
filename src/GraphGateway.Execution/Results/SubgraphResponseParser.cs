using System.Text.Json;
using GraphGateway.Core.Errors;

namespace GraphGateway.Execution.Results;

/// <summary>A subgraph's GraphQL response read into the result tree.</summary>
/// <param name="Data">The <c>data</c> object, or null.</param>
/// <param name="Errors">The <c>errors</c> entries as sent (paths still in the subgraph's terms).</param>
internal sealed record SubgraphPayload(ResultObject? Data, IReadOnlyList<GraphQLError> Errors);

/// <summary>
/// Reads a subgraph response body (GraphQL spec §7) with <see cref="Utf8JsonReader"/> straight into the result tree:
/// scalars stay as slices of the body, <c>__typename</c> under the plan's typename key is recorded on its object.
/// Nodes come from the given <see cref="ResultArena"/>; the body must outlive them (their scalars are slices of it).
/// </summary>
internal static class SubgraphResponseParser
{
    /// <summary>
    /// Parses <paramref name="body"/> into nodes of <paramref name="arena"/>; returns null when it is not a JSON object, not
    /// well-formed JSON, or holds a name or string that is not valid text (never throws for a bad body).
    /// </summary>
    public static SubgraphPayload? Parse(ReadOnlyMemory<byte> body, string typenameKey, ResultArena arena)
    {
        try
        {
            var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 512 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            ResultObject? data = null;
            List<GraphQLError>? errors = null;
            var sawMember = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var member = reader.ValueTextEquals("data"u8) ? Member.Data : reader.ValueTextEquals("errors"u8) ? Member.Errors : Member.Other;
                reader.Read();
                switch (member)
                {
                    case Member.Data:
                        sawMember = true;
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            data = ReadObject(ref reader, body, typenameKey, arena);
                        }
                        else
                        {
                            reader.Skip();
                        }

                        break;
                    case Member.Errors:
                        sawMember = true;
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            errors = [];
                            var array = JsonElement.ParseValue(ref reader);
                            foreach (var e in array.EnumerateArray())
                            {
                                errors.Add(ReadError(e));
                            }
                        }
                        else
                        {
                            reader.Skip();
                        }

                        break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return sawMember ? new SubgraphPayload(data, (IReadOnlyList<GraphQLError>?)errors ?? []) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A name or string that is not valid text (an unpaired surrogate escape such as "\ud800", or invalid UTF-8):
            // reading it throws this, not JsonException. The body is unreadable like malformed JSON, so only this fetch
            // fails; letting it escape failed the whole request (docs/runtime.md, "Execution": a failed fetch nulls only what depends on it).
            return null;
        }
    }

    private enum Member
    {
        Data,
        Errors,
        Other,
    }

    private static ResultObject ReadObject(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, string typenameKey, ResultArena arena)
    {
        var obj = arena.NewObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = JsonNameCache.Get(ref reader);
            reader.Read();
            if (key == typenameKey && reader.TokenType == JsonTokenType.String)
            {
                obj.Typename = JsonNameCache.Get(ref reader);
            }

            obj[key] = ReadValue(ref reader, body, typenameKey, arena);
        }

        return obj;
    }

    private static object? ReadValue(ref Utf8JsonReader reader, ReadOnlyMemory<byte> body, string typenameKey, ResultArena arena)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, body, typenameKey, arena);
            case JsonTokenType.StartArray:
                var list = arena.NewList();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Items.Add(ReadValue(ref reader, body, typenameKey, arena));
                }

                return list;
            case JsonTokenType.Null:
                return null;
            default:
                var start = (int)reader.TokenStartIndex;
                var end = (int)reader.BytesConsumed;
                return arena.NewRaw(body[start..end]);
        }
    }

    /// <summary>
    /// Throws <see cref="InvalidOperationException"/> when a string or name in <paramref name="value"/> is not valid text
    /// (an unpaired surrogate escape). Extension values are written to the client later, where such a string threw
    /// while writing the response and failed the whole request; reading them here makes the body unreadable instead.
    /// </summary>
    private static void RequireText(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _ = value.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    RequireText(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var p in value.EnumerateObject())
                {
                    _ = p.Name;
                    RequireText(p.Value);
                }

                break;
        }
    }

    private static GraphQLError ReadError(JsonElement e)
    {
        var message = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String
            ? m.GetString()!
            : "Subgraph error without a message.";
        List<object>? path = null;
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("path", out var p) && p.ValueKind == JsonValueKind.Array)
        {
            path = [];
            foreach (var seg in p.EnumerateArray())
            {
                path.Add(seg.ValueKind == JsonValueKind.Number && seg.TryGetInt32(out var i) ? i : seg.ToString());
            }
        }

        string? code = null;
        Dictionary<string, JsonElement>? extensions = null;
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object)
        {
            extensions = [];
            foreach (var prop in x.EnumerateObject())
            {
                if (prop.Name == "code" && prop.Value.ValueKind == JsonValueKind.String)
                {
                    code = prop.Value.GetString();
                }
                else
                {
                    RequireText(prop.Value);
                    extensions[prop.Name] = prop.Value.Clone();
                }
            }
        }

        List<ErrorLocation>? locations = null;
        if (e.ValueKind == JsonValueKind.Object && e.TryGetProperty("locations", out var l) && l.ValueKind == JsonValueKind.Array)
        {
            locations = [];
            foreach (var loc in l.EnumerateArray())
            {
                if (loc.ValueKind == JsonValueKind.Object && loc.TryGetProperty("line", out var line) && loc.TryGetProperty("column", out var column)
                    && line.TryGetInt32(out var li) && column.TryGetInt32(out var ci))
                {
                    locations.Add(new ErrorLocation(li, ci));
                }
            }
        }

        return new GraphQLError(message, code) { Path = path, Extensions = extensions, Locations = locations };
    }
}
