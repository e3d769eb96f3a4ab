using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;

namespace GraphGateway.Subgraphs.Common.Http;

/// <summary>Reads a <see cref="GraphQLRequest"/> from a GET query string or a POST JSON body, enforcing the size limit.</summary>
internal static class GraphQLRequestReader
{
    internal sealed record RequestError(int StatusCode, string Message, string Code);

    internal readonly record struct ReadResult(GraphQLRequest? Request, RequestError? Error);

    public static Task<ReadResult> ReadAsync(HttpContext context, GraphQLHttpOptions options, IGraphQLTextSerializer serializer) =>
        HttpMethods.IsGet(context.Request.Method)
            ? Task.FromResult(ReadGet(context.Request, options, serializer))
            : ReadPostAsync(context, options, serializer);

    private static ReadResult ReadGet(HttpRequest http, GraphQLHttpOptions options, IGraphQLTextSerializer serializer)
    {
        if (http.QueryString.Value is { } qs && qs.Length > options.MaxRequestBytes)
        {
            return Fail(StatusCodes.Status413PayloadTooLarge, $"The query string exceeds the limit of {options.MaxRequestBytes} characters.", "REQUEST_TOO_LARGE");
        }

        string? query = http.Query["query"];
        if (string.IsNullOrWhiteSpace(query))
        {
            return Fail(StatusCodes.Status400BadRequest, "The GET request has no 'query' parameter.", "BAD_REQUEST");
        }

        string? operationName = http.Query["operationName"];
        if (IsMutationOrSubscription(query, operationName))
        {
            return Fail(StatusCodes.Status405MethodNotAllowed, "Only query operations can be sent with GET; use POST for mutations.", "METHOD_NOT_ALLOWED");
        }

        try
        {
            return new ReadResult(new GraphQLRequest
            {
                Query = query,
                OperationName = operationName,
                Variables = ParseInputs(serializer, http.Query["variables"]),
                Extensions = ParseInputs(serializer, http.Query["extensions"]),
            }, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return Fail(StatusCodes.Status400BadRequest, "The 'variables' or 'extensions' query parameter is not a JSON object: " + ex.Message, "BAD_REQUEST");
        }
    }

    private static async Task<ReadResult> ReadPostAsync(HttpContext context, GraphQLHttpOptions options, IGraphQLTextSerializer serializer)
    {
        var http = context.Request;
        if (http.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type 'application/json'.", "UNSUPPORTED_MEDIA_TYPE");
        }

        if (http.ContentLength > options.MaxRequestBytes)
        {
            return TooLarge(options);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxRequestBytes)
            {
                return TooLarge(options);
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(buffer, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body is not a valid GraphQL request JSON object: " + ex.Message, "BAD_REQUEST");
        }

        if (request is null || (string.IsNullOrWhiteSpace(request.Query) && request.DocumentId is null))
        {
            return Fail(StatusCodes.Status400BadRequest, "The request body has no 'query'.", "BAD_REQUEST");
        }

        return new ReadResult(request, null);
    }

    private static ReadResult TooLarge(GraphQLHttpOptions options) =>
        Fail(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds the limit of {options.MaxRequestBytes} bytes.", "REQUEST_TOO_LARGE");

    private static ReadResult Fail(int status, string message, string code) => new(null, new RequestError(status, message, code));

    private static Inputs? ParseInputs(IGraphQLTextSerializer serializer, string? json) =>
        string.IsNullOrWhiteSpace(json) ? null : serializer.Deserialize<Inputs>(json);

    private static bool IsMutationOrSubscription(string query, string? operationName)
    {
        GraphQLDocument document;
        try
        {
            document = Parser.Parse(query);
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false; // The executer reports the syntax error.
        }

        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var selected = string.IsNullOrEmpty(operationName)
            ? (operations.Count == 1 ? operations[0] : null)
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
        return selected is not null && selected.Operation != OperationType.Query;
    }
}
