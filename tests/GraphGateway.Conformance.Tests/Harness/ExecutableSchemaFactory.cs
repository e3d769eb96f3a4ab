using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>Whether an executable schema serves one subgraph (federation fields, external fields) or the monolith.</summary>
internal enum ServiceMode
{
    Subgraph,
    Monolith,
}

/// <summary>
/// Builds a GraphQL.NET schema from an <see cref="SdlModel"/> with one generic resolver for every field, reading the
/// shared <see cref="DataStore"/> (passed in the user context under <see cref="StoreKey"/>). In subgraph mode it adds
/// the Apollo Federation subgraph fields <c>_service { sdl }</c> and <c>_entities(representations:)</c> as plain
/// GraphQL fields (no federation library), so the same executor answers for subgraphs and the monolith.
/// </summary>
internal sealed class ExecutableSchemaFactory
{
    public const string StoreKey = "store";

    private readonly SdlModel model;
    private readonly ServiceMode mode;
    private readonly string? sdl;
    private readonly FieldFunctions functions;
    private readonly Dictionary<string, IGraphType> named = new(StringComparer.Ordinal);

    private ExecutableSchemaFactory(SdlModel model, ServiceMode mode, string? sdl, FieldFunctions functions)
    {
        this.model = model;
        this.mode = mode;
        this.sdl = sdl;
        this.functions = functions;
    }

    /// <summary>Builds and initializes the schema; <paramref name="sdl"/> is the subgraph SDL <c>_service</c> returns (subgraph mode).</summary>
    public static ISchema Build(SdlModel model, ServiceMode mode, string? sdl, FieldFunctions functions) =>
        new ExecutableSchemaFactory(model, mode, sdl, functions).Build();

    private ISchema Build()
    {
        foreach (var t in model.Types.Values)
        {
            named[t.Name] = t.Kind switch
            {
                SdlKind.Object => new ObjectGraphType { Name = t.Name },
                SdlKind.Interface => new InterfaceGraphType { Name = t.Name, ResolveType = ResolveAbstract },
                SdlKind.Union => new UnionGraphType { Name = t.Name, ResolveType = ResolveAbstract },
                SdlKind.Enum => BuildEnum(t),
                SdlKind.InputObject => new InputObjectGraphType { Name = t.Name },
                _ => new PassThroughScalar(t.Name),
            };
        }

        foreach (var t in model.Types.Values)
        {
            switch (named[t.Name])
            {
                case ObjectGraphType o:
                    foreach (var f in t.Fields.Values)
                    {
                        o.AddField(BuildField(t, f));
                    }

                    break;
                case InterfaceGraphType i:
                    foreach (var f in t.Fields.Values)
                    {
                        var field = BuildField(t, f);
                        field.Resolver = null;
                        i.AddField(field);
                    }

                    break;
                case UnionGraphType u:
                    foreach (var m in t.Members)
                    {
                        u.AddPossibleType((IObjectGraphType)named[m]);
                    }

                    break;
                case InputObjectGraphType io:
                    foreach (var f in t.InputFields.Values)
                    {
                        io.AddField(new FieldType { Name = f.Name, ResolvedType = Wrap(f.Type), DefaultValue = f.DefaultValue is null ? null : LiteralValue.ToClr(f.DefaultValue) });
                    }

                    break;
            }
        }

        foreach (var t in model.Types.Values.Where(t => t.Kind == SdlKind.Object))
        {
            foreach (var i in t.Interfaces)
            {
                ((ObjectGraphType)named[t.Name]).AddResolvedInterface((IInterfaceGraphType)named[i]);
            }
        }

        foreach (var t in model.Types.Values.Where(t => t.Kind == SdlKind.Interface))
        {
            foreach (var o in model.PossibleTypes(t.Name))
            {
                ((InterfaceGraphType)named[t.Name]).AddPossibleType((IObjectGraphType)named[o.Name]);
            }
        }

        if (!named.ContainsKey(model.QueryType))
        {
            named[model.QueryType] = new ObjectGraphType { Name = model.QueryType };
        }

        var query = (ObjectGraphType)named[model.QueryType];
        if (mode == ServiceMode.Subgraph)
        {
            AddFederationFields(query);
        }

        var schema = new Schema
        {
            Query = query,
            Mutation = model.MutationType is null ? null : (IObjectGraphType)named[model.MutationType],
        };
        foreach (var t in named.Values)
        {
            schema.RegisterType(t);
        }

        schema.Initialize();
        return schema;
    }

    private EnumerationGraphType BuildEnum(SdlType t)
    {
        var e = new EnumerationGraphType { Name = t.Name };
        foreach (var v in t.EnumValues)
        {
            e.Add(v, v);
        }

        return e;
    }

    private IGraphType Wrap(SdlTypeRef type)
    {
        IGraphType inner = type.Name is { } n ? NamedType(n) : new ListGraphType(Wrap(type.OfType!));
        return type.NonNull ? new NonNullGraphType(inner) : inner;
    }

    private IGraphType NamedType(string name) => name switch
    {
        "Int" => new IntGraphType(),
        "Float" => new FloatGraphType(),
        "String" => new StringGraphType(),
        "Boolean" => new BooleanGraphType(),
        "ID" => new IdGraphType(),
        _ => named.TryGetValue(name, out var t) ? t : throw new InvalidOperationException("Unknown type " + name),
    };

    private IObjectGraphType? ResolveAbstract(object value) =>
        value is ObjectValue v && named.TryGetValue(v.SchemaTypeName, out var t) ? t as IObjectGraphType : null;

    private FieldType BuildField(SdlType parent, SdlField field)
    {
        var args = new QueryArguments(field.Arguments.Select(a => new QueryArgument(Wrap(a.Type))
        {
            Name = a.Name,
            DefaultValue = a.DefaultValue is null ? null : LiteralValue.ToClr(a.DefaultValue),
        }));
        bool isRoot = parent.Name == model.QueryType || parent.Name == model.MutationType;
        bool external = mode == ServiceMode.Subgraph && field.External;
        FieldSet? provides = mode == ServiceMode.Subgraph && field.Provides is { } p ? FieldSet.Parse(p) : null;
        return new FieldType
        {
            Name = field.Name,
            ResolvedType = Wrap(field.Type),
            Arguments = args,
            Resolver = new FuncFieldResolver<object?>(ctx => Resolve(ctx, parent, field, isRoot, external, provides)),
        };
    }

    private object? Resolve(IResolveFieldContext ctx, SdlType parent, SdlField field, bool isRoot, bool external, FieldSet? provides)
    {
        var store = (DataStore)ctx.UserContext[StoreKey]!;
        var source = ctx.Source as ObjectValue ?? new ObjectValue { TypeName = parent.Name, SchemaTypeName = parent.Name, Record = store.RootData(parent.Name) };
        var args = ArgumentsToJson(ctx);
        var (raw, fromRep) = source.Read(field.Name, external);
        if (raw is null && isRoot && source.Record?.ContainsKey(field.Name) != true)
        {
            raw = LookupByArguments(store, field, args);
        }

        if (raw is JsonObject fn && fn["__fn"] is JsonValue fnName)
        {
            raw = functions.Invoke(fnName.GetValue<string>(), new FieldCall(source, args, store, mode, fn));
            fromRep = false;
        }

        if (raw is JsonObject err && err.ContainsKey("__error"))
        {
            throw FieldError(err);
        }

        var childProvided = provides ?? source.Provided?.Nested(field.Name);
        return ToResult(store, raw, field.Type, childProvided, fromRep);
    }

    private static ExecutionError FieldError(JsonObject err)
    {
        var error = new ExecutionError(err["__error"]!.GetValue<string>());
        if (err["code"] is JsonValue code)
        {
            error.Code = code.GetValue<string>();
        }

        return error;
    }

    private static JsonNode? LookupByArguments(DataStore store, SdlField field, JsonObject args)
    {
        var target = field.Type.NamedType;
        var filters = args.Where(a => a.Value is not null && a.Key != "first").ToList();
        var key = new JsonObject(filters.Select(a => KeyValuePair.Create(a.Key, a.Value?.DeepClone())));
        if (!field.Type.IsList && !(field.Type.NonNull && field.Type.OfType is { IsList: true }))
        {
            if (filters.Count == 0)
            {
                return null;
            }

            var found = store.Find(target, key);
            return found is null ? null : store.Reference(found.Value.Type, found.Value.Record);
        }

        var list = new JsonArray();
        foreach (var (t, r) in store.Records(target))
        {
            if (store.MatchesRecord(key, r))
            {
                list.Add(store.Reference(t, r));
            }
        }

        if (args["first"] is JsonValue first)
        {
            var n = first.GetValue<int>();
            while (list.Count > n)
            {
                list.RemoveAt(list.Count - 1);
            }
        }

        return list;
    }

    private object? ToResult(DataStore store, JsonNode? raw, SdlTypeRef type, FieldSet? provided, bool fromRep)
    {
        if (raw is null)
        {
            return null;
        }

        if (type.IsList)
        {
            if (raw is not JsonArray arr)
            {
                throw new ExecutionError($"data: expected a list for type {type}, got {raw.ToJsonString()}");
            }

            return arr.Select(item => ToResult(store, item, type.OfType!, provided, fromRep)).ToList();
        }

        var name = type.Name!;
        var kind = model.KindOf(name);
        switch (kind)
        {
            case SdlKind.Object or SdlKind.Interface or SdlKind.Union:
                if (raw is not JsonObject obj)
                {
                    throw new ExecutionError($"data: expected an object for type {name}, got {raw.ToJsonString()}");
                }

                if (obj.ContainsKey("__error"))
                {
                    throw FieldError(obj);
                }

                if (DataStore.IsRef(obj))
                {
                    var found = store.Resolve(obj);
                    if (found is null)
                    {
                        if (mode == ServiceMode.Monolith)
                        {
                            return null;
                        }

                        var refType = obj["__ref"]!.GetValue<string>();
                        return new ObjectValue { TypeName = refType, SchemaTypeName = SchemaType(name, refType), Record = obj, Missing = true, Provided = provided };
                    }

                    var (concrete, record) = found.Value;
                    return new ObjectValue { TypeName = concrete, SchemaTypeName = SchemaType(name, concrete), Record = record, Provided = provided };
                }

                var inlineType = obj["__typename"]?.GetValue<string>() ?? name;
                return fromRep
                    ? new ObjectValue { TypeName = inlineType, SchemaTypeName = SchemaType(name, inlineType), Representation = obj, Provided = provided }
                    : new ObjectValue { TypeName = inlineType, SchemaTypeName = SchemaType(name, inlineType), Record = obj, Provided = provided };
            case SdlKind.Enum:
                return raw.GetValue<string>();
            default:
                return ScalarToClr(raw, name);
        }
    }

    private string SchemaType(string declared, string concrete) =>
        model.Types.TryGetValue(declared, out var t) && t.Kind == SdlKind.Object ? declared : concrete;

    private static object? ScalarToClr(JsonNode raw, string scalar)
    {
        var e = Element(raw);
        return (scalar, e.ValueKind) switch
        {
            (_, JsonValueKind.Null) => null,
            ("Int", JsonValueKind.Number) => e.GetInt32(),
            ("Float", JsonValueKind.Number) => e.GetDouble(),
            (_, JsonValueKind.Number) => e.TryGetInt64(out var l) ? l : e.GetDouble(),
            (_, JsonValueKind.String) => e.GetString(),
            (_, JsonValueKind.True) => true,
            (_, JsonValueKind.False) => false,
            _ => JsonToClr(raw),
        };
    }

    /// <summary>The JSON element of a value node, whether it was parsed or created from a CLR value.</summary>
    public static JsonElement Element(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<JsonElement>(out var e) ? e : JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();

    /// <summary>Converts JSON into plain CLR values (for custom scalars that hold structured values).</summary>
    public static object? JsonToClr(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => JsonToClr(p.Value)),
        JsonArray a => a.Select(JsonToClr).ToList(),
        JsonValue v => Element(v) switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.True } => true,
            { ValueKind: JsonValueKind.False } => false,
            { ValueKind: JsonValueKind.Number } n => n.TryGetInt32(out var i) ? i : n.GetDouble(),
            _ => null,
        },
        _ => null,
    };

    /// <summary>Converts CLR values (argument values, representations) into JSON.</summary>
    public static JsonNode? ClrToJson(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        decimal m => JsonValue.Create(m),
        System.Numerics.BigInteger bi => JsonValue.Create((long)bi),
        JsonElement e => JsonNode.Parse(e.GetRawText()),
        IDictionary<string, object?> dict => new JsonObject(dict.Select(p => KeyValuePair.Create(p.Key, ClrToJson(p.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ClrToJson).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };

    private static JsonObject ArgumentsToJson(IResolveFieldContext ctx)
    {
        var result = new JsonObject();
        if (ctx.Arguments is null)
        {
            return result;
        }

        foreach (var (k, v) in ctx.Arguments)
        {
            result[k] = ClrToJson(v.Value);
        }

        return result;
    }

    private void AddFederationFields(ObjectGraphType query)
    {
        var service = new ObjectGraphType { Name = "_Service" };
        service.AddField(new FieldType { Name = "sdl", ResolvedType = new StringGraphType(), Resolver = new FuncFieldResolver<object?>(_ => sdl) });
        named["_Service"] = service;
        query.AddField(new FieldType { Name = "_service", ResolvedType = new NonNullGraphType(service), Resolver = new FuncFieldResolver<object?>(_ => new object()) });

        var entityTypes = model.Types.Values.Where(t => t.Kind == SdlKind.Object && t.Keys.Count > 0).ToList();
        if (entityTypes.Count == 0)
        {
            return;
        }

        var any = new PassThroughScalar("_Any");
        named["_Any"] = any;
        var entity = new UnionGraphType { Name = "_Entity", ResolveType = ResolveAbstract };
        foreach (var t in entityTypes)
        {
            entity.AddPossibleType((IObjectGraphType)named[t.Name]);
        }

        named["_Entity"] = entity;
        query.AddField(new FieldType
        {
            Name = "_entities",
            ResolvedType = new NonNullGraphType(new ListGraphType(entity)),
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(any)))) { Name = "representations" }),
            Resolver = new FuncFieldResolver<object?>(ResolveEntities),
        });
    }

    private object? ResolveEntities(IResolveFieldContext ctx)
    {
        var store = (DataStore)ctx.UserContext[StoreKey]!;
        var reps = ClrToJson(ctx.Arguments!["representations"].Value) as JsonArray ?? [];
        var results = new List<object?>();
        foreach (var node in reps)
        {
            results.Add(node is JsonObject rep ? ResolveEntity(store, rep) : null);
        }

        return results;
    }

    private ObjectValue? ResolveEntity(DataStore store, JsonObject rep)
    {
        var typename = rep["__typename"]?.GetValue<string>();
        if (typename is null || !model.Types.TryGetValue(typename, out var type))
        {
            throw new ExecutionError($"_entities: unknown __typename '{typename}' in representation {rep.ToJsonString()}");
        }

        foreach (var (fields, resolvable) in type.Keys)
        {
            var keyFields = FieldSet.Parse(fields).Names.ToList();
            if (!resolvable || !keyFields.All(rep.ContainsKey))
            {
                continue;
            }

            var found = store.Find(typename, rep, keyFields);
            if (found is null)
            {
                return null;
            }

            var (concrete, record) = found.Value;
            var schemaType = type.Kind == SdlKind.Object ? typename : concrete;
            return new ObjectValue { TypeName = concrete, SchemaTypeName = schemaType, Record = record, Representation = rep };
        }

        throw new ExecutionError($"_entities: representation {rep.ToJsonString()} has no resolvable @key of {typename}");
    }
}
