using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphGateway.Core.Schemas;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>
/// A small in-process subgraph: executes the GraphQL operations the gateway sends over JSON data with per-field
/// resolvers (default: the parent's property of the same name), answers <c>_entities</c> through <see cref="ResolveEntity"/>,
/// and records every request. Types come from the supergraph's API schema.
/// </summary>
internal sealed class FakeSubgraph
{
    private readonly Schema _schema;

    public FakeSubgraph(string name, Schema apiSchema)
    {
        Name = name;
        _schema = apiSchema;
    }

    public string Name { get; }

    /// <summary>Root field resolvers: field name → (arguments) → value.</summary>
    public Dictionary<string, Func<JsonObject, JsonNode?>> Root { get; } = new(StringComparer.Ordinal);

    /// <summary>Field resolvers by "Type.field": (parent, arguments) → value.</summary>
    public Dictionary<string, Func<JsonObject, JsonObject, JsonNode?>> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves a representation to the entity (with <c>__typename</c>), or null.</summary>
    public Func<JsonObject, JsonNode?> ResolveEntity { get; set; } = _ => null;

    /// <summary>Replaces the whole response (failure modes): returns (status, body) or null to execute normally.</summary>
    public Func<string, (int Status, string Body)?>? Override { get; set; }

    /// <summary>Delay before answering.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Errors to add: (path as written by the subgraph, message, extensions JSON or null), keyed by the field name that triggers them.</summary>
    public Dictionary<string, (string Message, string? ExtensionsJson)> FieldErrors { get; } = new(StringComparer.Ordinal);

    /// <summary>Every request body received (query and variables).</summary>
    public List<JsonObject> Requests { get; } = [];

    public async Task<(int Status, byte[] Body)> HandleAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var request = JsonNode.Parse(body.Span)!.AsObject();
        lock (Requests)
        {
            Requests.Add(request);
        }

        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        var query = request["query"]!.GetValue<string>();
        if (Override?.Invoke(query) is { } replaced)
        {
            return (replaced.Status, Encoding.UTF8.GetBytes(replaced.Body));
        }

        var variables = request["variables"] as JsonObject ?? [];
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var errors = new JsonArray();
        var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);
        var run = new Run(this, variables, errors, fragments);
        var rootType = operation.Operation == OperationType.Mutation ? _schema.MutationTypeName! : _schema.QueryTypeName;
        var data = run.RootObject(operation.SelectionSet, rootType);
        var response = new JsonObject { ["data"] = data };
        if (errors.Count > 0)
        {
            response["errors"] = errors;
        }

        return (200, Encoding.UTF8.GetBytes(response.ToJsonString()));
    }

    private sealed class Run(FakeSubgraph owner, JsonObject variables, JsonArray errors, Dictionary<string, GraphQLFragmentDefinition> fragments)
    {
        public JsonNode? RootObject(GraphQLSelectionSet set, string rootType)
        {
            var result = new JsonObject();
            foreach (var (field, subs) in Collect([set], rootType))
            {
                var name = field.Name.StringValue;
                var key = field.Alias?.Name.StringValue ?? name;
                var path = new JsonArray(key);
                JsonNode? value;
                if (name == "__typename")
                {
                    value = rootType;
                }
                else if (name == "_entities")
                {
                    var reps = (JsonArray)Arguments(field)["representations"]!;
                    var list = new JsonArray();
                    for (var i = 0; i < reps.Count; i++)
                    {
                        var entity = owner.ResolveEntity(reps[i]!.AsObject());
                        list.Add(Complete(entity?.DeepClone(), null, subs, new JsonArray("_entities", i)));
                    }

                    value = list;
                }
                else
                {
                    var type = owner._schema.Field(rootType, name)!.Type;
                    var raw = owner.Root.TryGetValue(name, out var resolver) ? resolver(Arguments(field)) : null;
                    value = Complete(raw?.DeepClone(), type, subs, path);
                    if (owner.FieldErrors.TryGetValue(name, out var err))
                    {
                        AddError(err, path);
                    }
                }

                result[key] = value;
            }

            return result;
        }

        private void AddError((string Message, string? ExtensionsJson) err, JsonArray path)
        {
            var e = new JsonObject { ["message"] = err.Message, ["path"] = path.DeepClone() };
            if (err.ExtensionsJson is not null)
            {
                e["extensions"] = JsonNode.Parse(err.ExtensionsJson);
            }

            errors.Add(e);
        }

        private JsonNode? Complete(JsonNode? value, TypeRef? type, List<GraphQLSelectionSet> set, JsonArray path)
        {
            if (value is null)
            {
                return null;
            }

            if (value is JsonArray array)
            {
                var list = new JsonArray();
                for (var i = 0; i < array.Count; i++)
                {
                    var p = (JsonArray)path.DeepClone();
                    p.Add(i);
                    list.Add(Complete(array[i]?.DeepClone(), type is null ? null : Item(type), set, p));
                }

                return list;
            }

            if (set.Count == 0 || value is not JsonObject obj)
            {
                return value;
            }

            var typeName = obj["__typename"]?.GetValue<string>() ?? type!.NamedType;
            var result = new JsonObject();
            foreach (var (field, subs) in Collect(set, typeName))
            {
                var name = field.Name.StringValue;
                var key = field.Alias?.Name.StringValue ?? name;
                var p = (JsonArray)path.DeepClone();
                p.Add(key);
                if (name == "__typename")
                {
                    result[key] = typeName;
                    continue;
                }

                var def = owner._schema.Field(typeName, name);
                var args = Arguments(field);
                var raw = owner.Fields.TryGetValue(typeName + "." + name, out var resolver) ? resolver(obj, args) : obj[name]?.DeepClone();
                if (owner.FieldErrors.TryGetValue(typeName + "." + name, out var err))
                {
                    AddError(err, p);
                    raw = null;
                }

                result[key] = Complete(raw?.DeepClone(), def?.Type, subs, p);
            }

            return result;
        }

        private static TypeRef Item(TypeRef t) => t.Nullable.Kind == TypeRefKind.List ? t.Nullable.OfType! : t;

        private List<(GraphQLField Field, List<GraphQLSelectionSet> Subs)> Collect(List<GraphQLSelectionSet> sets, string typeName)
        {
            var result = new List<(GraphQLField Field, List<GraphQLSelectionSet> Subs)>();
            foreach (var set in sets)
            {
                foreach (var f in Fields(set, typeName))
                {
                    var key = f.Alias?.Name.StringValue ?? f.Name.StringValue;
                    var i = result.FindIndex(r => (r.Field.Alias?.Name.StringValue ?? r.Field.Name.StringValue) == key);
                    if (i < 0)
                    {
                        result.Add((f, []));
                        i = result.Count - 1;
                    }

                    if (f.SelectionSet is not null)
                    {
                        result[i].Subs.Add(f.SelectionSet);
                    }
                }
            }

            return result;
        }

        private IEnumerable<GraphQLField> Fields(GraphQLSelectionSet set, string typeName)
        {
            foreach (var s in set.Selections)
            {
                if (!Included(s as IHasDirectivesNode))
                {
                    continue;
                }

                switch (s)
                {
                    case GraphQLField f:
                        yield return f;
                        break;
                    case GraphQLInlineFragment i:
                        var tc = i.TypeCondition?.Type.Name.StringValue;
                        if (tc is null || tc == typeName || owner._schema.IsPossibleType(tc, typeName))
                        {
                            foreach (var f in Fields(i.SelectionSet, typeName))
                            {
                                yield return f;
                            }
                        }

                        break;
                    case GraphQLFragmentSpread spread:
                        var fragment = fragments[spread.FragmentName.Name.StringValue];
                        var ftc = fragment.TypeCondition.Type.Name.StringValue;
                        if (ftc == typeName || owner._schema.IsPossibleType(ftc, typeName))
                        {
                            foreach (var f in Fields(fragment.SelectionSet, typeName))
                            {
                                yield return f;
                            }
                        }

                        break;
                }
            }
        }

        private bool Included(IHasDirectivesNode? node)
        {
            foreach (var d in node?.Directives?.Items ?? [])
            {
                var name = d.Name.StringValue;
                if (name is "skip" or "include")
                {
                    var v = Value(d.Arguments!.Items[0].Value)?.GetValue<bool>() ?? false;
                    if (v != (name == "include"))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private JsonObject Arguments(GraphQLField field)
        {
            var result = new JsonObject();
            foreach (var a in field.Arguments?.Items ?? [])
            {
                result[a.Name.StringValue] = Value(a.Value);
            }

            return result;
        }

        private JsonNode? Value(GraphQLValue value) => value switch
        {
            GraphQLVariable v => variables[v.Name.StringValue]?.DeepClone(),
            GraphQLIntValue i => JsonValue.Create(int.Parse(i.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture)),
            GraphQLFloatValue f => JsonValue.Create(double.Parse(f.Value.Span, provider: System.Globalization.CultureInfo.InvariantCulture)),
            GraphQLStringValue s => JsonValue.Create(s.Value.ToString()),
            GraphQLBooleanValue b => JsonValue.Create(b.BoolValue),
            GraphQLEnumValue e => JsonValue.Create(e.Name.StringValue),
            GraphQLNullValue => null,
            GraphQLListValue l => new JsonArray((l.Values ?? []).Select(Value).ToArray()),
            GraphQLObjectValue o => new JsonObject((o.Fields ?? []).Select(f => KeyValuePair.Create(f.Name.StringValue, Value(f.Value)))),
            _ => null,
        };
    }
}
