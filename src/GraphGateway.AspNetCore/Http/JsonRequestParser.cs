using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// Reads a well-formed POST body (<c>{"query": "...", "operationName": ..., "variables": {...}, "extensions": {...}}</c>)
/// in one forward pass with <see cref="Utf8JsonReader"/>: no <see cref="JsonDocument"/> for the whole body, no walk over
/// it, and — when the query text is in the <see cref="DocumentCache"/> — no new string for it either (the text is
/// unescaped into a pooled buffer and looked up by its characters). Only <c>variables</c> and <c>extensions</c> become
/// <see cref="JsonElement"/>s. It checks what <see cref="GraphQLRequestReader.ReadWithDocument"/> checks (JSON syntax,
/// nesting depth 64, unpaired surrogate escapes in any string or name, the root and parameter kinds) and declines
/// anything that fails, leaving that body to the reference reading, which words the error.
/// </summary>
internal static class JsonRequestParser
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = GraphQLRequestReader.MaxDepth };

    /// <summary><c>{}</c>, shared by every request that sends empty <c>variables</c> or <c>extensions</c> (as most clients do).</summary>
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    /// <summary>True with the request when <paramref name="body"/> (valid UTF-8) is a well-formed request with a <c>query</c>; false to decline.</summary>
    public static bool TryRead(ReadOnlySpan<byte> body, DocumentCache? documents, [NotNullWhen(true)] out GraphQLRequest? request)
    {
        request = null;
        try
        {
            return TryReadCore(body, documents, out request);
        }
        catch (JsonException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            // An unpaired surrogate escape (or another value the reader cannot unescape).
            return false;
        }
    }

    private static bool TryReadCore(ReadOnlySpan<byte> body, DocumentCache? documents, out GraphQLRequest? request)
    {
        request = null;
        var reader = new Utf8JsonReader(body, Options);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        string? query = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            CheckEscapes(ref reader);
            var parameter = reader.ValueTextEquals("query"u8) ? 1
                : reader.ValueTextEquals("operationName"u8) ? 2
                : reader.ValueTextEquals("variables"u8) ? 3
                : reader.ValueTextEquals("extensions"u8) ? 4
                : 0;
            reader.Read();
            switch (parameter)
            {
                case 1 when reader.TokenType == JsonTokenType.String:
                    query = ReadText(ref reader, documents);
                    break;
                case 2 when reader.TokenType == JsonTokenType.String:
                    CheckEscapes(ref reader);
                    operationName = reader.GetString();
                    break;
                case 2 when reader.TokenType == JsonTokenType.Null:
                    operationName = null;
                    break;
                case 3 or 4 when reader.TokenType == JsonTokenType.StartObject:
                    var scan = reader;
                    SkipChecked(ref scan);
                    var value = IsEmptyObject(reader) ? EmptyObject : JsonElement.ParseValue(ref reader);
                    reader = scan;
                    if (parameter == 3)
                    {
                        variables = value;
                    }
                    else
                    {
                        extensions = value;
                    }

                    break;
                case 3 when reader.TokenType == JsonTokenType.Null:
                    variables = null;
                    break;
                case 4 when reader.TokenType == JsonTokenType.Null:
                    extensions = null;
                    break;
                case 0:
                    SkipChecked(ref reader);
                    break;
                default:
                    return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || query is null)
        {
            return false;
        }

        request = new GraphQLRequest(query, operationName, variables, extensions);
        return true;
    }

    /// <summary>True when the object starting at the reader's current token has no properties.</summary>
    private static bool IsEmptyObject(Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.EndObject;

    /// <summary>The current string token's text: the cached document's string when the cache holds an equal text, else a new string.</summary>
    private static string ReadText(ref Utf8JsonReader reader, DocumentCache? documents)
    {
        if (documents is null)
        {
            return reader.GetString()!;
        }

        // Unescaping never yields more UTF-16 code units than the token has bytes.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, reader.ValueSpan.Length));
        try
        {
            var text = chars.AsSpan(0, reader.CopyString(chars));
            return documents.Get(text)?.Text ?? new string(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Throws <see cref="InvalidOperationException"/> when the current escaped string or name has an unpaired surrogate escape.</summary>
    private static void CheckEscapes(ref Utf8JsonReader reader)
    {
        if (!reader.ValueIsEscaped)
        {
            return;
        }

        var length = reader.ValueSpan.Length;
        var rented = length > 256 ? ArrayPool<byte>.Shared.Rent(length) : null;
        try
        {
            _ = reader.CopyString(rented is null ? stackalloc byte[256] : rented);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Moves past the current value (a scalar, or an array or object with everything in it), checking every string's escapes.</summary>
    private static void SkipChecked(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                CheckEscapes(ref reader);
            }

            return;
        }

        var depth = reader.CurrentDepth;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
            {
                CheckEscapes(ref reader);
            }
            else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && reader.CurrentDepth == depth)
            {
                return;
            }
        }

        throw new JsonException("The request body ends inside a value.");
    }
}
