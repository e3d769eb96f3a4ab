using System.Buffers;
using System.Text.Json;
using GraphGateway.Core.Operations;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using GraphGateway.Execution.Pipeline;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// Reads GraphQL over HTTP request parameters from a GET query string or a POST <c>application/json</c>
/// body (UTF-8; a <c>charset</c> other than <c>utf-8</c> is refused with 415; bodies over the limit with 413).
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>The nesting limit of request JSON.</summary>
    internal const int MaxDepth = 64;

    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = MaxDepth };
    private static readonly string[] ParameterNames = ["query", "operationName", "variables", "extensions"];

    /// <summary>Reads the parameters of <paramref name="request"/>, or the error to answer with.</summary>
    /// <param name="request">A GET or POST request.</param>
    /// <param name="maxBytes">The body size limit (413 above it).</param>
    /// <param name="documents">When given, a <c>query</c> whose text is cached there is returned as the cached string instead of a new one.</param>
    /// <param name="ct">Request aborted.</param>
    public static async ValueTask<(GraphQLRequest? Request, RequestReadError? Error)> ReadAsync(HttpRequest request, long maxBytes, DocumentCache? documents, CancellationToken ct)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return ReadQueryString(request.Query);
        }

        if (string.IsNullOrEmpty(request.ContentType))
        {
            return (null, new RequestReadError(415, "The request has no Content-Type; send application/json."));
        }

        if (CheckContentType(request.ContentType) is { } contentTypeError)
        {
            return (null, contentTypeError);
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, new RequestReadError(413, $"The request body of {request.ContentLength} bytes exceeds the limit of {maxBytes} bytes."));
        }

        var (buffer, length) = await ReadBodyAsync(request.Body, request.ContentLength, maxBytes, ct).ConfigureAwait(false);
        try
        {
            if (length > maxBytes)
            {
                return (null, new RequestReadError(413, $"The request body exceeds the limit of {maxBytes} bytes."));
            }

            var body = buffer.AsMemory(0, length);
            if (length == 0)
            {
                return (null, new RequestReadError(400, "The request body is empty; send a JSON object with a \"query\" string."));
            }

            if (!System.Text.Unicode.Utf8.IsValid(body.Span))
            {
                return (null, new RequestReadError(400, "The request body is not valid UTF-8."));
            }

            return JsonRequestParser.TryRead(body.Span, documents, out var read) ? (read, null) : ReadWithDocument(body);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Null when <paramref name="contentType"/> is <c>application/json</c> with no charset or a UTF-8 one; otherwise the 415 error.</summary>
    private static RequestReadError? CheckContentType(string contentType)
    {
        if (MediaTypes.IsPlainJson(contentType))
        {
            return null;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed)
            || !string.Equals(parsed.MediaType.Value, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new RequestReadError(415, $"Unsupported Content-Type \"{contentType}\"; send application/json.");
        }

        var charset = parsed.Charset.Value;
        return charset is not null && !string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(charset.Trim('"'), "utf8", StringComparison.OrdinalIgnoreCase)
            ? new RequestReadError(415, $"Unsupported charset \"{charset}\"; send UTF-8.")
            : null;
    }

    /// <summary>
    /// Reads the request parameters from <paramref name="body"/> (valid UTF-8) through a <see cref="JsonDocument"/>:
    /// the reference reading, used when <see cref="JsonRequestParser"/> declines a body, so every refusal has its exact message.
    /// </summary>
    internal static (GraphQLRequest? Request, RequestReadError? Error) ReadWithDocument(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
            if (FindInvalidString(document.RootElement) is { } where)
            {
                document.Dispose();
                return (null, new RequestReadError(400, $"The request body has a string with an unpaired surrogate escape at {where}."));
            }
        }
        catch (JsonException ex)
        {
            return (null, new RequestReadError(400, "The request body is not valid JSON: " + ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0]));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, new RequestReadError(400, $"The request body must be a JSON object, not {Describe(root.ValueKind)}."));
            }

            string? query = null;
            string? operationName = null;
            JsonElement? variables = null;
            JsonElement? extensions = null;
            foreach (var p in root.EnumerateObject())
            {
                switch (p.Name)
                {
                    case "query":
                        if (p.Value.ValueKind != JsonValueKind.String)
                        {
                            return (null, new RequestReadError(400, $"\"query\" must be a string, not {Describe(p.Value.ValueKind)}."));
                        }

                        query = p.Value.GetString();
                        break;
                    case "operationName":
                        if (p.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                        {
                            return (null, new RequestReadError(400, $"\"operationName\" must be a string or null, not {Describe(p.Value.ValueKind)}."));
                        }

                        operationName = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
                        break;
                    case "variables":
                        if (p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return (null, new RequestReadError(400, $"\"variables\" must be an object or null, not {Describe(p.Value.ValueKind)}."));
                        }

                        variables = p.Value.ValueKind == JsonValueKind.Object ? p.Value.Clone() : null;
                        break;
                    case "extensions":
                        if (p.Value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
                        {
                            return (null, new RequestReadError(400, $"\"extensions\" must be an object or null, not {Describe(p.Value.ValueKind)}."));
                        }

                        extensions = p.Value.ValueKind == JsonValueKind.Object ? p.Value.Clone() : null;
                        break;
                }
            }

            if (query is null && extensions is { } ext && ext.TryGetProperty("persistedQuery", out _))
            {
                // Automatic persisted queries are not supported: Apollo clients fall back to sending the query.
                return (null, new RequestReadError(400, "PersistedQueryNotSupported", "PERSISTED_QUERY_NOT_SUPPORTED"));
            }

            return query is null
                ? (null, new RequestReadError(400, "The request has no \"query\" string."))
                : (new GraphQLRequest(query, operationName, variables, extensions), null);
        }
    }


    private static (GraphQLRequest?, RequestReadError?) ReadQueryString(IQueryCollection query)
    {
        foreach (var key in ParameterNames)
        {
            if (query.TryGetValue(key, out var values) && values.Count > 1)
            {
                return (null, new RequestReadError(400, $"The query parameter \"{key}\" is given more than once."));
            }
        }

        if (!query.TryGetValue("query", out var text) || string.IsNullOrEmpty(text))
        {
            return (null, new RequestReadError(400, "The request has no \"query\" parameter."));
        }

        var operationName = query.TryGetValue("operationName", out var on) && !string.IsNullOrEmpty(on) ? on.ToString() : null;
        var (variables, variablesError) = ParseObjectParameter(query, "variables");
        if (variablesError is not null)
        {
            return (null, variablesError);
        }

        var (extensions, extensionsError) = ParseObjectParameter(query, "extensions");
        return extensionsError is not null
            ? (null, extensionsError)
            : (new GraphQLRequest(text.ToString(), operationName, variables, extensions), null);
    }

    private static (JsonElement?, RequestReadError?) ParseObjectParameter(IQueryCollection query, string name)
    {
        if (!query.TryGetValue(name, out var raw) || string.IsNullOrEmpty(raw))
        {
            return (null, null);
        }

        try
        {
            using var doc = JsonDocument.Parse(raw.ToString(), JsonOptions);
            return doc.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (doc.RootElement.Clone(), null),
                JsonValueKind.Null => (null, null),
                var k => (null, new RequestReadError(400, $"The \"{name}\" parameter must be a JSON object, not {Describe(k)}.")),
            };
        }
        catch (JsonException)
        {
            return (null, new RequestReadError(400, $"The \"{name}\" parameter is not valid JSON."));
        }
    }

    /// <summary>The JSON path of the first string or property name that is not valid UTF-16 (a lone surrogate escape), or null.</summary>
    private static string? FindInvalidString(JsonElement element, string path = "$")
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    break;
                case JsonValueKind.Array:
                    var i = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (FindInvalidString(item, $"{path}[{i++}]") is { } found)
                        {
                            return found;
                        }
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var p in element.EnumerateObject())
                    {
                        if (FindInvalidString(p.Value, path + "." + p.Name) is { } found)
                        {
                            return found;
                        }
                    }

                    break;
            }
        }
        catch (InvalidOperationException)
        {
            return path;
        }

        return null;
    }

    /// <summary>
    /// The most bytes rented for a request body before they arrive. <c>Content-Length</c> is the client's claim: sized by
    /// it alone, a client announcing a body just under the limit and then sending nothing (or trickling) made the gateway
    /// rent and hold a limit-sized array per connection for a few header bytes. Larger bodies grow as their bytes arrive.
    /// </summary>
    internal const int MaxInitialBodyBytes = 64 * 1024;

    /// <summary>
    /// Reads the whole body into an array rented from <see cref="ArrayPool{T}.Shared"/> (sized by Content-Length when
    /// given, up to <see cref="MaxInitialBodyBytes"/>), which the caller returns. Stops once more than
    /// <paramref name="maxBytes"/> bytes arrived; the length then exceeds it.
    /// </summary>
    internal static ValueTask<(byte[] Array, int Length)> ReadBodyAsync(Stream body, long? contentLength, long maxBytes, CancellationToken ct) =>
        Execution.Transport.PooledStreamReader.ReadAsync(body, contentLength, 4096, MaxInitialBodyBytes, maxBytes, ct);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
