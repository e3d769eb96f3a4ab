using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// TEMPORARY minimal GraphQL endpoint for the runtime until <c>MapGraphGateway</c> (the client-facing server with
/// validation and introspection) lands: POST <c>application/json</c> <c>{query, operationName, variables}</c>, no
/// validation, variables passed as given with literal defaults applied. Honours <c>GraphGateway-Query-Plan: true</c>
/// when <c>GraphGateway:QueryPlan:AllowHeader</c> is true. Do not use in production.
/// </summary>
public static class GatewayRuntimeDebugEndpointExtensions
{
    /// <summary>Maps the temporary endpoint at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapGatewayRuntimeDebugEndpoint(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapPost(pattern, static async (HttpContext http) =>
        {
            var provider = http.RequestServices.GetRequiredService<IGatewaySnapshotProvider>();
            var options = http.RequestServices.GetRequiredService<IOptions<GraphGateway.AspNetCore.Runtime.GatewayRuntimeOptions>>().Value;
            var snapshot = provider.Current;
            if (snapshot is null)
            {
                await WriteError(http, 503, "No supergraph is loaded.", ErrorCodes.InternalServerError);
                return;
            }

            JsonDocument request;
            try
            {
                request = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            }
            catch (JsonException ex)
            {
                await WriteError(http, 400, "The request body is not JSON: " + ex.Message, ErrorCodes.BadRequest);
                return;
            }

            using (request)
            {
                var root = request.RootElement;
                if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("query", out var q) || q.ValueKind != JsonValueKind.String)
                {
                    await WriteError(http, 400, "The request needs a string \"query\".", ErrorCodes.BadRequest);
                    return;
                }

                var text = q.GetString()!;
                var operationName = root.TryGetProperty("operationName", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                GraphQLDocument document;
                try
                {
                    document = Parser.Parse(text);
                }
                catch (GraphQLParserException ex)
                {
                    await WriteError(http, 400, "Syntax error: " + ex.Description, ErrorCodes.ParseFailed);
                    return;
                }

                var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
                var operation = operationName is null
                    ? (operations.Count == 1 ? operations[0] : null)
                    : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
                if (operation is null)
                {
                    await WriteError(http, 400, operationName is null ? "Must provide operation name if query contains multiple operations." : $"Unknown operation named \"{operationName}\".",
                        ErrorCodes.OperationResolutionFailure);
                    return;
                }

                var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                if (root.TryGetProperty("variables", out var vars) && vars.ValueKind == JsonValueKind.Object)
                {
                    foreach (var p in vars.EnumerateObject())
                    {
                        variables[p.Name] = p.Value.Clone();
                    }
                }

                foreach (var v in operation.Variables?.Items ?? [])
                {
                    var name = v.Variable.Name.StringValue;
                    if (!variables.ContainsKey(name) && v.DefaultValue is { } d)
                    {
                        variables[name] = JsonDocument.Parse(LiteralToJson(d)).RootElement.Clone();
                    }
                }

                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
                var validated = new ValidatedOperation(document, operation, operationName, hash, variables);
                var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString(), StringComparer.Ordinal);
                var includePlan = options.QueryPlan.AllowHeader
                    && string.Equals(http.Request.Headers["GraphGateway-Query-Plan"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
                var response = await snapshot.Executor.ExecuteAsync(validated, new OperationContext { Headers = headers, IncludeQueryPlan = includePlan }, http.RequestAborted);
                http.Response.StatusCode = 200;
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.Body.WriteAsync(response.Body, http.RequestAborted);
            }
        });

    private static async Task WriteError(HttpContext http, int status, string message, string code)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            new GraphQLError(message, code).WriteTo(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        await http.Response.Body.WriteAsync(buffer.ToArray(), http.RequestAborted);
    }

    private static string LiteralToJson(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => JsonSerializer.Serialize(s.Value.ToString()),
        GraphQLEnumValue e => JsonSerializer.Serialize(e.Name.StringValue),
        GraphQLNullValue => "null",
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLListValue l => "[" + string.Join(",", (l.Values ?? []).Select(LiteralToJson)) + "]",
        GraphQLObjectValue o => "{" + string.Join(",", (o.Fields ?? []).Select(f => JsonSerializer.Serialize(f.Name.StringValue) + ":" + LiteralToJson(f.Value))) + "}",
        _ => GraphGateway.Core.Schemas.ValuePrinter.Print(value),
    };
}
