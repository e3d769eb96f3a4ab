using System.Text.Json;

namespace GraphGateway.Core.Errors;

/// <summary>
/// Writes a GraphQL response that has only errors (GraphQL spec §7.1 "Response Format": a request error leaves out
/// <c>data</c>): <c>{"errors":[...]}</c>.
/// </summary>
public static class ErrorEnvelope
{
    /// <summary>Writes <c>{"errors":[...]}</c> (each error by <see cref="GraphQLError.WriteTo"/>) as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartObject();
        WriteErrors(writer, errors);
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>"errors":[...]</c> property into the open response object; nothing when <paramref name="errors"/> is empty.</summary>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        if (errors.Count == 0)
        {
            return;
        }

        writer.WriteStartArray("errors");
        foreach (var e in errors)
        {
            e.WriteTo(writer);
        }

        writer.WriteEndArray();
    }
}
