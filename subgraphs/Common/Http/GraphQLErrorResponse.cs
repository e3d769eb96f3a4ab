using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GraphGateway.Subgraphs.Common.Http;

/// <summary>Writes request errors shaped as a GraphQL response (<c>{"errors":[{"message":...}]}</c>, GraphQL spec §7.1.2).</summary>
internal static class GraphQLErrorResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, string message, string code)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteStartArray("errors");
        writer.WriteStartObject();
        writer.WriteString("message", message);
        writer.WriteStartObject("extensions");
        writer.WriteString("code", code);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
