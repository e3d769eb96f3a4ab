using System.Text.Json;

namespace GraphGateway.Core.Errors;

/// <summary>
/// A GraphQL error as the response format defines it (GraphQL spec §7.1.2 "Errors"):
/// <c>message</c>, optional <c>locations</c> (1-based line/column), optional <c>path</c>
/// (field names as strings, list indices as ints) and optional <c>extensions</c> (e.g. <c>code</c>).
/// </summary>
public sealed record GraphQLError
{
    /// <summary>Creates an error with a message and optional code.</summary>
    public GraphQLError(string message, string? code = null)
    {
        Message = message;
        Code = code;
    }

    /// <summary>The human-readable message.</summary>
    public string Message { get; init; }

    /// <summary><c>extensions.code</c>, one of <see cref="ErrorCodes"/> or a subgraph's own code; null to omit.</summary>
    public string? Code { get; init; }

    /// <summary>Locations in the client's document, or null to omit.</summary>
    public IReadOnlyList<ErrorLocation>? Locations { get; init; }

    /// <summary>The response path (string keys and int indices), or null to omit.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Further <c>extensions</c> entries (written after <c>code</c>), e.g. a subgraph's extensions; null to omit.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Extensions { get; init; }

    /// <summary>Writes the error object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("message", Message);
        if (Locations is { Count: > 0 })
        {
            writer.WriteStartArray("locations");
            foreach (var l in Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", l.Line);
                writer.WriteNumber("column", l.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (Path is not null)
        {
            writer.WriteStartArray("path");
            foreach (var segment in Path)
            {
                if (segment is int i)
                {
                    writer.WriteNumberValue(i);
                }
                else
                {
                    writer.WriteStringValue(segment.ToString());
                }
            }

            writer.WriteEndArray();
        }

        if (Code is not null || Extensions is { Count: > 0 })
        {
            writer.WriteStartObject("extensions");
            if (Code is not null)
            {
                writer.WriteString("code", Code);
            }

            foreach (var (key, value) in Extensions ?? new Dictionary<string, JsonElement>())
            {
                if (key == "code" && Code is not null)
                {
                    continue;
                }

                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}

/// <summary>A 1-based line and column in a GraphQL document (GraphQL spec §7.1.2).</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct ErrorLocation(int Line, int Column);

/// <summary>Stable <c>extensions.code</c> values, named as Apollo Router and Apollo Server name them.</summary>
public static class ErrorCodes
{
    /// <summary>The document could not be parsed.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document failed validation against the API schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Bad variables or request fields (operation name, variables).</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The HTTP request itself was malformed.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>A subgraph request failed (network, timeout, non-JSON, non-2xx).</summary>
    public const string SubgraphRequestFailed = "SUBGRAPH_REQUEST_FAILED";

    /// <summary>A subgraph answered something that does not fit the schema or plan.</summary>
    public const string SubgraphInvalidResponse = "SUBGRAPH_INVALID_RESPONSE";

    /// <summary>The named operation does not exist or a name is needed.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A request limit (depth, aliases, tokens, size, cost) was exceeded.</summary>
    public const string LimitExceeded = "LIMIT_EXCEEDED";

    /// <summary>Introspection is turned off.</summary>
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";

    /// <summary>The caller is not authenticated for a field that needs it.</summary>
    public const string Unauthenticated = "UNAUTHENTICATED";

    /// <summary>The caller lacks a scope or policy a field needs.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>The operation cannot be planned over the supergraph (no subgraph can resolve a field, planning budget exceeded).</summary>
    public const string QueryPlanningFailed = "QUERY_PLANNING_FAILED";

    /// <summary>The gateway failed; details only in Development.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
