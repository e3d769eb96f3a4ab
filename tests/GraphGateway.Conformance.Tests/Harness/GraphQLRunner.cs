using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>Executes one GraphQL request on a GraphQL.NET schema over a data store and returns the response JSON.</summary>
internal static class GraphQLRunner
{
    private static readonly GraphQLSerializer Serializer = new();
    private static readonly DocumentExecuter Executer = new();

    /// <summary>Executes <paramref name="query"/> and serializes the result (GraphQL spec §7).</summary>
    public static async Task<string> ExecuteAsync(ISchema schema, DataStore store, string query, JsonObject? variables, string? operationName, CancellationToken cancellationToken = default)
    {
        var inputs = variables is null ? null : Serializer.Deserialize<Inputs>(variables.ToJsonString());
        var result = await Executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.Variables = inputs;
            o.OperationName = operationName;
            o.UserContext = new Dictionary<string, object?> { [ExecutableSchemaFactory.StoreKey] = store };
            o.ThrowOnUnhandledException = false;
            o.UnhandledExceptionDelegate = ctx =>
            {
                ctx.ErrorMessage = ctx.OriginalException.Message;
                return Task.CompletedTask;
            };
            o.CancellationToken = cancellationToken;
        }).ConfigureAwait(false);
        return Serializer.Serialize(result);
    }

    /// <summary>Reads a request body (<c>{"query", "variables", "operationName"}</c>).</summary>
    public static (string Query, JsonObject? Variables, string? OperationName) ReadRequest(string body)
    {
        var json = JsonNode.Parse(body) as JsonObject ?? throw new InvalidOperationException("Request body is not a JSON object: " + body);
        return (json["query"]?.GetValue<string>() ?? "", json["variables"] as JsonObject, json["operationName"]?.GetValue<string>());
    }
}
