using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// An in-process subgraph: an <see cref="HttpMessageHandler"/> that answers GraphQL over HTTP POST requests with the
/// subgraph's executable schema over the current run's data store, records each call and injects the run's faults.
/// </summary>
internal sealed class SubgraphHandler(string name, ISchema schema, RunStateHolder holder) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var state = holder.Current ?? throw new InvalidOperationException($"subgraph {name} called outside a run");
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        state.Record(new SubgraphCall(name, body));
        var (query, variables, operationName) = GraphQLRunner.ReadRequest(body);
        state.Faults.TryGetValue(name, out var fault);
        if (fault is not null && fault.OnlyEntities && !query.Contains("_entities", StringComparison.Ordinal))
        {
            fault = null;
        }

        switch (fault?.Kind)
        {
            case "http500":
                return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("Internal Server Error", Encoding.UTF8, "text/plain") };
            case "nonJson":
                return Json("<html><body>Bad gateway</body></html>", "text/html");
            case "errorOnly":
                return Json("""{"data":null,"errors":[{"message":"Subgraph is down","extensions":{"code":"DOWN"}}]}""");
            case "delay":
                await Task.Delay(fault.DelayMs, cancellationToken).ConfigureAwait(false);
                break;
        }

        var response = await GraphQLRunner.ExecuteAsync(schema, state.Store, query, variables, operationName, cancellationToken).ConfigureAwait(false);
        if (fault?.Kind is "wrongShape" or "fewerEntities")
        {
            response = Distort(response, fault.Kind);
        }

        return Json(response);
    }

    private static string Distort(string response, string kind)
    {
        var json = JsonNode.Parse(response)!.AsObject();
        if (json["data"] is JsonObject data)
        {
            foreach (var key in data.Select(p => p.Key).ToList())
            {
                if (kind == "wrongShape")
                {
                    data[key] = data[key] is JsonArray ? JsonValue.Create("not a list") : JsonValue.Create(12345);
                }
                else if (data[key] is JsonArray arr && key == "_entities" && arr.Count > 0)
                {
                    arr.RemoveAt(arr.Count - 1);
                }
            }
        }

        return json.ToJsonString();
    }

    private static HttpResponseMessage Json(string body, string mediaType = "application/json") =>
        new(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
}
