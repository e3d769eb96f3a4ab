using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphGateway.Execution.Results;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// Shapes the response from the client's normalized operation (docs/runtime.md, "Execution"): a completion pass walks the operation
/// over the result tree, applies type conditions by <c>__typename</c>, checks shapes and performs null propagation
/// (GraphQL spec §6.4.4 "Handling Field Errors"), recording errors; a writing pass then emits exactly the client's
/// fields, in the client's order and with its aliases. Gateway-added fields are never written.
/// </summary>
internal sealed class ResponseWriter
{
    private readonly QueryPlan _plan;
    private readonly Schema _api;
    private readonly ValidatedOperation _operation;
    private readonly List<GraphQLError> _errors;
    private readonly IIntrospectionWriter _introspection;
    private readonly List<object> _path = new(16);

    public ResponseWriter(QueryPlan plan, Schema api, ValidatedOperation operation, List<GraphQLError> errors, IIntrospectionWriter introspection)
    {
        _plan = plan;
        _api = api;
        _operation = operation;
        _errors = errors;
        _introspection = introspection;
    }

    /// <summary>Completes the root object; false when <c>data</c> must be null.</summary>
    public bool Complete(ResultObject data)
    {
        _errors.RemoveAll(e => e.Path is { } p && !IsSelected(p, data));
        return CompleteObject(data, [_plan.Operation.Root], _plan.Operation.RootTypeName);
    }

    /// <summary>
    /// False when <paramref name="path"/> (of a subgraph error) names a response key the client's operation does not
    /// select there for the given variables: the planner may fetch a field under merged <c>@skip</c>/<c>@include</c>
    /// conditions (or for another path of one entity request), and an error on such a field is not part of the
    /// response (GraphQL spec §6.3.2: excluded fields are not executed). Unclear cases (missing values, no type) keep it.
    /// </summary>
    private bool IsSelected(IReadOnlyList<object> path, ResultObject data)
    {
        IReadOnlyList<SelectionSet> sets = [_plan.Operation.Root];
        var typeName = _plan.Operation.RootTypeName;
        object? value = data;
        var i = 0;
        while (i < path.Count)
        {
            if (path[i] is not string key || value is not ResultObject obj)
            {
                return true;
            }

            var cf = Fields(sets, typeName).FirstOrDefault(f => f.Field.ResponseKey == key);
            if (cf is null)
            {
                return false;
            }

            if (cf.Field.IsTypename || cf.Field.IsIntrospection)
            {
                return true;
            }

            obj.TryGetValue(key, out value);
            i++;
            var type = cf.Field.Type;
            while (type.IsNonNull || type.Kind == TypeRefKind.List)
            {
                if (type.Kind == TypeRefKind.List)
                {
                    if (i >= path.Count || path[i] is not int index)
                    {
                        return true;
                    }

                    value = value is ResultList list && index >= 0 && index < list.Items.Count ? list.Items[index] : null;
                    i++;
                }

                type = type.OfType!;
            }

            if (i >= path.Count || (cf.Field.NamedType ?? _api.Type(type.NamedType)) is not { IsLeaf: false } named || value is not ResultObject next)
            {
                return true;
            }

            var runtimeType = named is ObjectTypeDefinition ? named.Name : next.Typename;
            if (runtimeType is null || (runtimeType == named.Name && named is not ObjectTypeDefinition))
            {
                // No concrete type known (e.g. an @interfaceObject reported the interface): keep the error.
                return true;
            }

            sets = cf.SubSelections;
            typeName = runtimeType;
        }

        return true;
    }

    /// <summary>Writes the completed <c>data</c> value.</summary>
    public void Write(Utf8JsonWriter writer, ResultObject data) => WriteObject(writer, data, [_plan.Operation.Root], _plan.Operation.RootTypeName);

    private IReadOnlyList<CollectedField> Fields(IReadOnlyList<SelectionSet> sets, string typeName) =>
        FieldCollector.Collect(sets, typeName, _api, _operation.Variables);

    private bool CompleteObject(ResultObject obj, IReadOnlyList<SelectionSet> sets, string typeName)
    {
        var fields = Fields(sets, typeName);
        for (var f = 0; f < fields.Count; f++)
        {
            var cf = fields[f];
            var field = cf.Field;
            if (field.IsTypename)
            {
                continue;
            }

            _path.Add(field.ResponseKey);
            try
            {
                if (field.IsIntrospection)
                {
                    continue;
                }

                obj.TryGetValue(field.ResponseKey, out var value);
                var failed = obj.FailedKeys?.Contains(field.ResponseKey) == true;
                var completed = CompleteValue(value, field.Type, cf, failed, out var invalid);
                if (!ReferenceEquals(completed, value))
                {
                    obj[field.ResponseKey] = completed;
                }

                if (invalid)
                {
                    return false;
                }
            }
            finally
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }

        return true;
    }

    /// <summary>Completes one value; <paramref name="bubble"/> is true when it is null at a non-null position.</summary>
    private object? CompleteValue(object? value, TypeRef type, CollectedField cf, bool failed, out bool bubble)
    {
        bubble = false;
        _nullPropagated = false;
        if (type.IsNonNull)
        {
            var inner = CompleteValue(value, type.OfType!, cf, failed, out var innerBubble);
            if (inner is null)
            {
                // A null that propagated up from a field error (already reported, or a failed fetch reported by the
                // executor) adds no second error here (GraphQL spec §6.4.4).
                var propagated = _nullPropagated;
                _nullPropagated = false;
                if (!innerBubble && !failed && !propagated && !Covered())
                {
                    _errors.Add(new GraphQLError($"Cannot return null for non-nullable field {ParentName(cf)}.{cf.Field.Name}.") { Path = [.. _path] });
                }

                bubble = true;
                return null;
            }

            return inner;
        }

        if (value is null)
        {
            return null;
        }

        if (type.Kind == TypeRefKind.List)
        {
            if (value is not ResultList list)
            {
                return Invalid($"expected a list for field {ParentName(cf)}.{cf.Field.Name}");
            }

            for (var i = 0; i < list.Items.Count; i++)
            {
                _path.Add(BoxedIndex(i));
                var item = list.Items[i];
                var completed = CompleteValue(item, type.OfType!, cf, failed, out var itemBubble);
                _path.RemoveAt(_path.Count - 1);
                list.Items[i] = completed;
                if (itemBubble)
                {
                    _nullPropagated = true;
                    return null;
                }
            }

            return list;
        }

        var named = cf.Field.NamedType ?? _api.Type(type.NamedType);
        if (named is null || named.IsLeaf)
        {
            return named is null || LeafFits(named, value) ? value : Invalid($"expected {named.Name} for field {ParentName(cf)}.{cf.Field.Name}");
        }

        if (value is not ResultObject obj)
        {
            return Invalid($"expected an object for field {ParentName(cf)}.{cf.Field.Name}");
        }

        var runtimeType = named is ObjectTypeDefinition ? named.Name : obj.Typename;
        // An @interfaceObject subgraph reports the interface itself; when nothing needed the concrete type, that is fine.
        if (runtimeType is null || (runtimeType != named.Name && !_api.IsPossibleType(named.Name, runtimeType)))
        {
            return Invalid(runtimeType is null
                ? $"no __typename for a value of abstract type {named.Name}"
                : $"__typename \"{runtimeType}\" is not a possible type of {named.Name}");
        }

        obj.Typename = runtimeType;
        if (CompleteObject(obj, cf.SubSelections, runtimeType))
        {
            return obj;
        }

        _nullPropagated = true;
        return null;
    }

    /// <summary>
    /// Checks a leaf value a subgraph sent against the API schema (GraphQL spec §3.5 result coercion): built-in scalars by JSON
    /// kind, enums by value name (values hidden by <c>@inaccessible</c> are invalid). Custom scalars pass through.
    /// </summary>
    private static bool LeafFits(TypeDefinition type, object value)
    {
        if (value is not RawValue raw)
        {
            return type is ScalarTypeDefinition { IsBuiltIn: false };
        }

        var span = raw.Json.Span;
        var first = span[0];
        switch (type)
        {
            case EnumTypeDefinition e:
                if (first != (byte)'"')
                {
                    return false;
                }

                return EnumName(span) is { } name && e.Values.ContainsKey(name);
            case ScalarTypeDefinition { IsBuiltIn: true } scalar:
                return scalar.Name switch
                {
                    "Int" => IsNumber(first) && span.IndexOfAny((byte)'.', (byte)'e', (byte)'E') < 0,
                    "Float" => IsNumber(first),
                    "Boolean" => first is (byte)'t' or (byte)'f',
                    "String" => first == (byte)'"',
                    _ => first == (byte)'"' || IsNumber(first),
                };
            default:
                return true;
        }
    }

    /// <summary>
    /// The text of a JSON string a subgraph sent as an enum value, or null when it is not valid text (an unpaired surrogate
    /// escape such as <c>"\ud800"</c>): such a value is invalid for the field, which is nulled with an error. Reading it
    /// threw out of the response writer and failed the whole request.
    /// </summary>
    private static string? EnumName(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize<string>(json);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>List indexes 0–1023 boxed once for the whole process (the path holds one per list level).</summary>
    private static readonly object[] SmallIndexes = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    private static object BoxedIndex(int index) => index < SmallIndexes.Length ? SmallIndexes[index] : index;

    private static bool IsNumber(byte b) => b is (byte)'-' or (>= (byte)'0' and <= (byte)'9');

    private object? Invalid(string what)
    {
        _nullPropagated = true;
        if (!Covered())
        {
            _errors.Add(new GraphQLError($"A subgraph returned an invalid value: {what}.", ErrorCodes.SubgraphInvalidResponse) { Path = [.. _path] });
        }

        return null;
    }

    private string ParentName(CollectedField cf)
    {
        // The parent type name is not kept on the field; use the schema's field owner when unambiguous.
        return _parentNames.TryGetValue(cf.Field, out var name) ? name : FindParent(cf.Field);
    }

    private readonly Dictionary<FieldSelection, string> _parentNames = [];

    /// <summary>Set when the value just completed is null because an error below it propagated (§6.4.4).</summary>
    private bool _nullPropagated;

    private string FindParent(FieldSelection field)
    {
        var name = FindParent(_plan.Operation.Root, field) ?? "?";
        _parentNames[field] = name;
        return name;
    }

    private static string? FindParent(SelectionSet set, FieldSelection field)
    {
        foreach (var item in set.Items)
        {
            if (ReferenceEquals(item, field))
            {
                return set.TypeName;
            }

            var inner = item switch
            {
                FieldSelection { SelectionSet: { } s } => FindParent(s, field),
                FragmentSelection fr => FindParent(fr.SelectionSet, field),
                _ => null,
            };
            if (inner is not null)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>True when an error already explains a null at the current path (an error at it, above it or below it).</summary>
    private bool Covered()
    {
        foreach (var e in _errors)
        {
            if (e.Path is not { } p)
            {
                continue;
            }

            var n = Math.Min(p.Count, _path.Count);
            var same = true;
            for (var i = 0; i < n && same; i++)
            {
                same = Equals(p[i], _path[i]);
            }

            if (same)
            {
                return true;
            }
        }

        return false;
    }

    private void WriteObject(Utf8JsonWriter writer, ResultObject obj, IReadOnlyList<SelectionSet> sets, string typeName)
    {
        writer.WriteStartObject();
        var fields = Fields(sets, typeName);
        for (var f = 0; f < fields.Count; f++)
        {
            var cf = fields[f];
            var field = cf.Field;
            writer.WritePropertyName(field.EncodedResponseKey);
            if (field.IsTypename)
            {
                writer.WriteStringValue(typeName);
                continue;
            }

            if (field.IsIntrospection)
            {
                _introspection.WriteField(writer, field.Ast, _operation);

                continue;
            }

            obj.TryGetValue(field.ResponseKey, out var value);
            WriteValue(writer, value, field.Type, cf);
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, object? value, TypeRef type, CollectedField cf)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case ResultList list when type.Nullable.Kind == TypeRefKind.List:
                writer.WriteStartArray();
                var itemType = type.Nullable.OfType!;
                foreach (var item in list.Items)
                {
                    WriteValue(writer, item, itemType, cf);
                }

                writer.WriteEndArray();
                return;
            case ResultObject obj when obj.Typename is { } runtimeType && (cf.Field.NamedType ?? _api.Type(type.NamedType)) is { IsLeaf: false }:
                WriteObject(writer, obj, cf.SubSelections, runtimeType);
                return;
            default:
                RawValue.WriteAny(writer, value);
                return;
        }
    }
}
