using System.Text;
using System.Text.Json.Nodes;
using GraphGateway.Core.Schemas;
using GraphGateway.Execution;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Benchmarks.Runtime;

/// <summary>
/// Answers the bench plan's fetches from expected.json without a GraphQL server: entities are indexed by key
/// (Product.upc, User.id, Review.id) and each fetch's selection is projected over them. Every answer is computed once
/// in setup, so the benchmark measures the gateway (representations, merging, writing), not the fake.
/// </summary>
internal sealed class CannedBenchSubgraphs : ISubgraphClient
{
    private static readonly Dictionary<string, string> Keys = new() { ["Product"] = "upc", ["User"] = "id", ["Review"] = "id" };
    private readonly Dictionary<string, Dictionary<string, JsonObject>> _index = [];
    private readonly Schema _api;
    private readonly Dictionary<string, FetchNode> _fetches;
    private readonly Dictionary<string, byte[]> _answers = new(StringComparer.Ordinal);

    public CannedBenchSubgraphs(Schema api, JsonObject data, QueryPlan plan)
    {
        _api = api;
        _fetches = plan.Fetches.ToDictionary(f => f.OperationText);
        Index(data, api.QueryTypeName);
    }

    public int Requests { get; private set; }

    /// <summary>Every answer computed so far, one per distinct request body.</summary>
    public IReadOnlyList<byte[]> Answers => [.. _answers.Values];

    public ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        Requests++;
        var key = Encoding.UTF8.GetString(request.Body.Span);
        if (!_answers.TryGetValue(key, out var answer))
        {
            answer = Answer(JsonNode.Parse(key)!.AsObject());
            _answers[key] = answer;
        }

        return ValueTask.FromResult(SubgraphResult.Answered(answer, 200));
    }

    private byte[] Answer(JsonObject request)
    {
        var fetch = _fetches[request["query"]!.GetValue<string>()];
        JsonNode data;
        if (fetch.Requires is null)
        {
            data = Project(_index["Query"][string.Empty], fetch.Selection, _api.QueryTypeName);
        }
        else
        {
            var list = new JsonArray();
            foreach (var rep in request["variables"]!["representations"]!.AsArray())
            {
                var type = rep!["__typename"]!.GetValue<string>();
                var entity = _index[type][rep[Keys[type]]!.GetValue<string>()];
                var selection = fetch.Selection.Items.OfType<SubgraphFragment>().Single(f => f.TypeCondition == type);
                list.Add(Project(entity, selection.Selection, type));
            }

            data = new JsonObject { ["_entities"] = list };
        }

        return Encoding.UTF8.GetBytes(new JsonObject { ["data"] = data }.ToJsonString());
    }

    private JsonObject Project(JsonObject source, SubgraphSelection selection, string typeName)
    {
        var result = new JsonObject();
        foreach (var item in selection.Items)
        {
            if (item is not SubgraphField f)
            {
                continue;
            }

            if (f.Name == "__typename")
            {
                result[f.ResponseKey] = typeName;
                continue;
            }

            var type = _api.Field(typeName, f.Name)!.Type;
            result[f.ResponseKey] = ProjectValue(source[f.Name], f.Selection, type.NamedType);
        }

        return result;
    }

    private JsonNode? ProjectValue(JsonNode? value, SubgraphSelection? selection, string typeName) => value switch
    {
        null => null,
        JsonArray a => new JsonArray(a.Select(x => ProjectValue(x, selection, typeName)).ToArray()),
        JsonObject o when selection is not null => Project(Keys.TryGetValue(typeName, out var k) ? _index[typeName][o[k]!.GetValue<string>()] : o, selection, typeName),
        _ => value.DeepClone(),
    };

    private void Index(JsonObject obj, string typeName)
    {
        var id = Keys.TryGetValue(typeName, out var k) ? obj[k]!.GetValue<string>() : string.Empty;
        if (!_index.TryGetValue(typeName, out var byId))
        {
            byId = [];
            _index[typeName] = byId;
        }

        if (!byId.TryGetValue(id, out var merged))
        {
            merged = [];
            byId[id] = merged;
        }

        foreach (var (name, value) in obj)
        {
            var type = _api.Field(typeName, name)?.Type.NamedType;
            foreach (var child in value is JsonArray arr ? arr.OfType<JsonObject>() : value is JsonObject o ? [o] : [])
            {
                Index(child, type!);
            }

            if (!merged.ContainsKey(name))
            {
                merged[name] = value?.DeepClone();
            }
        }
    }
}
