using System.Text.Json.Nodes;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// One declarative case, from <c>cases/&lt;name&gt;.json</c> (one case object, or <c>{"cases": [{"name": ...}, ...]}</c>).
/// Fields: <c>query</c> (or a sibling <c>&lt;name&gt;.graphql</c>), <c>operationName</c>, <c>variables</c>,
/// <c>expected</c> (<c>{"data": ...}</c>, compared exactly, key order included), <c>expectErrors</c> (true/false;
/// omitted = not checked), <c>expectedErrors</c> (each <c>{path, message?, extensions?}</c> must match one response
/// error; extensions as a subset), <c>monolith</c> (false for gateway-only cases such as faults), <c>faults</c>,
/// <c>expectedSubgraphCalls</c> (subgraph name → number of requests), <c>expectedRequests</c> and <c>knownFailure</c> (a gateway bug: the
/// gateway run is reported as skipped with this reason).
/// </summary>
internal sealed class ConformanceCase
{
    public required SchemaSet Set { get; init; }
    public required string Name { get; init; }
    public required string Query { get; init; }
    public string? OperationName { get; init; }
    public JsonObject? Variables { get; init; }
    public required JsonNode? ExpectedData { get; init; }

    /// <summary>True when the case file has no <c>expected</c> yet (the case fails until it is written and reviewed).</summary>
    public bool MissingExpected { get; init; }

    /// <summary>The case file.</summary>
    public required string File { get; init; }
    public bool? ExpectErrors { get; init; }
    public JsonArray? ExpectedErrors { get; init; }
    public bool RunOnMonolith { get; init; } = true;
    public IReadOnlyDictionary<string, SubgraphFault> Faults { get; init; } = new Dictionary<string, SubgraphFault>();
    public IReadOnlyDictionary<string, int>? ExpectedSubgraphCalls { get; init; }

    /// <summary>
    /// Requests that must have been sent: each <c>{"subgraph", "representations"?: n, "variables"?: [names]}</c> must
    /// match one request to that subgraph (number of <c>_entities</c> representations; exact set of variable names).
    /// </summary>
    public JsonArray? ExpectedRequests { get; init; }
    public string? KnownFailure { get; init; }

    /// <summary><c>&lt;category&gt;/&lt;set&gt;/&lt;name&gt;</c>.</summary>
    public string Id => Set.Id + "/" + Name;

    /// <summary>The category: the case's or its file's <c>"category"</c>, else the first folder of the set.</summary>
    public required string Category { get; init; }

    public static IReadOnlyList<ConformanceCase> LoadAll(SchemaSet set)
    {
        var dir = Path.Combine(set.Directory, "cases");
        var cases = new List<ConformanceCase>();
        if (!Directory.Exists(dir))
        {
            return cases;
        }

        foreach (var file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var where = $"{set.Id}/cases/{Path.GetFileName(file)}";
            JsonObject json;
            try
            {
                json = JsonNode.Parse(System.IO.File.ReadAllText(file))!.AsObject();
            }
            catch (Exception ex)
            {
                throw new InvalidOperationException($"{where}: invalid JSON: {ex.Message}", ex);
            }

            if (json["cases"] is JsonArray many)
            {
                foreach (var c in many)
                {
                    var obj = c!.AsObject();
                    var category = obj["category"]?.GetValue<string>() ?? json["category"]?.GetValue<string>();
                    cases.Add(Read(set, obj, obj["name"]?.GetValue<string>() ?? throw new InvalidOperationException($"{where}: a case has no \"name\""), file, where, category));
                }
            }
            else
            {
                cases.Add(Read(set, json, Path.GetFileNameWithoutExtension(file), file, where, json["category"]?.GetValue<string>()));
            }
        }

        var dup = cases.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
        return dup is null ? cases : throw new InvalidOperationException($"{set.Id}: duplicate case name '{dup.Key}'");
    }

    private static ConformanceCase Read(SchemaSet set, JsonObject json, string name, string file, string where, string? category)
    {
        var query = json["query"]?.GetValue<string>();
        var graphqlFile = Path.Combine(Path.GetDirectoryName(file)!, name + ".graphql");
        if (query is null && System.IO.File.Exists(graphqlFile))
        {
            query = System.IO.File.ReadAllText(graphqlFile);
        }

        if (query is null)
        {
            throw new InvalidOperationException($"{where}: case '{name}' has no \"query\" and no {name}.graphql");
        }

        var expected = json["expected"] as JsonObject;
        if (expected is not null && !expected.ContainsKey("data"))
        {
            throw new InvalidOperationException($"{where}: case '{name}' has \"expected\" without \"data\"");
        }

        var faults = new Dictionary<string, SubgraphFault>(StringComparer.Ordinal);
        if (json["faults"] is JsonObject f)
        {
            foreach (var (sg, spec) in f)
            {
                if (!set.Subgraphs.ContainsKey(sg))
                {
                    throw new InvalidOperationException($"{where}: case '{name}' faults unknown subgraph '{sg}'");
                }

                faults[sg] = new SubgraphFault
                {
                    Kind = spec!["kind"]!.GetValue<string>(),
                    DelayMs = spec["delayMs"]?.GetValue<int>() ?? 0,
                    OnlyEntities = spec["onlyEntities"]?.GetValue<bool>() ?? false,
                };
            }
        }

        return new ConformanceCase
        {
            Set = set,
            Name = name,
            Category = category ?? set.Id.Split('/')[0],
            Query = query,
            OperationName = json["operationName"]?.GetValue<string>(),
            Variables = json["variables"] as JsonObject,
            ExpectedData = expected?["data"]?.DeepClone(),
            MissingExpected = expected is null,
            File = file,
            ExpectErrors = json["expectErrors"]?.GetValue<bool>(),
            ExpectedErrors = json["expectedErrors"] as JsonArray,
            RunOnMonolith = json["monolith"]?.GetValue<bool>() ?? faults.Count == 0,
            Faults = faults,
            ExpectedSubgraphCalls = (json["expectedSubgraphCalls"] as JsonObject)?.ToDictionary(p => p.Key, p => p.Value!.GetValue<int>()),
            KnownFailure = json["knownFailure"]?.GetValue<string>(),
            ExpectedRequests = json["expectedRequests"] as JsonArray,
        };
    }

    /// <summary>
    /// Authoring aid: writes <paramref name="response"/>'s data (and <c>expectErrors</c>) into the case's source file
    /// under <paramref name="sourceCasesRoot"/>, for the author to review. Used only when the environment variable
    /// CONFORMANCE_WRITE_EXPECTED names that folder; the test still fails.
    /// </summary>
    public void WriteExpected(string sourceCasesRoot, JsonObject response)
    {
        var relative = Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "Cases"), File);
        var target = Path.Combine(sourceCasesRoot, relative);
        var root = JsonNode.Parse(System.IO.File.ReadAllText(target))!.AsObject();
        var obj = root["cases"] is JsonArray many ? many.First(c => c!["name"]!.GetValue<string>() == Name)!.AsObject() : root;
        obj["expected"] = new JsonObject { ["data"] = response["data"]?.DeepClone() };
        if (!obj.ContainsKey("expectErrors"))
        {
            obj["expectErrors"] = response["errors"] is JsonArray { Count: > 0 };
        }

        System.IO.File.WriteAllText(target, Format(root));
    }

    /// <summary>Formats a case file: one case property per line, values compact.</summary>
    public static string Format(JsonObject root)
    {
        var options = new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        string One(JsonObject c, string indent) =>
            "{\n" + string.Join(",\n", c.Select(p => $"{indent}  \"{p.Key}\": {(p.Value is null ? "null" : p.Value.ToJsonString(options))}")) + "\n" + indent + "}";
        if (root["cases"] is JsonArray many)
        {
            var head = root["category"] is JsonValue cat ? $"  \"category\": {cat.ToJsonString()},\n" : "";
            return "{\n" + head + "  \"cases\": [\n    " + string.Join(",\n    ", many.Select(c => One(c!.AsObject(), "    "))) + "\n  ]\n}\n";
        }

        return One(root, "") + "\n";
    }
}
