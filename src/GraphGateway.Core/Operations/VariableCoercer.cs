using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Schemas;
using GraphGateway.Core.Validation;
using GraphQLParser.AST;

namespace GraphGateway.Core.Operations;

/// <summary>
/// Coerces request variables (GraphQL spec §6.1.2 "Coercing Variable Values", §3.10 input coercion):
/// built-in scalars, enums, lists (a single value becomes a one-item list), input objects with field
/// defaults and <c>@oneOf</c>; custom scalars pass through unchanged. Errors are worded as graphql-js words
/// them, name the variable and the path inside it, carry the variable definition's location and
/// <c>extensions.code</c> <c>BAD_USER_INPUT</c>.
/// </summary>
public sealed class VariableCoercer
{
    private readonly Schema _schema;
    private readonly List<GraphQLError> _errors = [];
    private readonly List<object> _path = [];
    private string _variable = string.Empty;
    private ErrorLocation _location;

    private VariableCoercer(Schema schema) => _schema = schema;

    /// <summary>Coerces <paramref name="variables"/> (a JSON object, or null for none) for <paramref name="operation"/>.</summary>
    /// <param name="apiSchema">The API schema.</param>
    /// <param name="operation">The operation whose variable definitions apply (already validated).</param>
    /// <param name="variables">The request's <c>variables</c> object, or null.</param>
    /// <param name="locate">Maps a node to its 1-based location in the document.</param>
    /// <param name="errors">All coercion errors; empty on success.</param>
    /// <returns>The coerced values by name (defaults applied; variables neither given nor defaulted are absent), or null on errors.</returns>
    public static IReadOnlyDictionary<string, JsonElement>? Coerce(Schema apiSchema, GraphQLOperationDefinition operation,
        JsonElement? variables, Func<ASTNode, ErrorLocation> locate, out IReadOnlyList<GraphQLError> errors)
    {
        if (operation.Variables is null || operation.Variables.Items.Count == 0)
        {
            errors = [];
            return System.Collections.ObjectModel.ReadOnlyDictionary<string, JsonElement>.Empty;
        }

        var coercer = new VariableCoercer(ExecutableSchema.For(apiSchema));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var def in operation.Variables?.Items ?? [])
            {
                coercer.CoerceVariable(def, variables, locate(def), writer);
            }

            writer.WriteEndObject();
        }

        errors = coercer._errors;
        if (coercer._errors.Count > 0)
        {
            return null;
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        using var doc = JsonDocument.Parse(buffer.WrittenMemory);
        foreach (var p in doc.RootElement.Clone().EnumerateObject())
        {
            result[p.Name] = p.Value;
        }

        return result;
    }

    private void CoerceVariable(GraphQLVariableDefinition def, JsonElement? variables, ErrorLocation location, Utf8JsonWriter writer)
    {
        _variable = def.Variable.Name.StringValue;
        _location = location;
        var type = TypeRef.FromAst(def.Type);
        if (variables is not { ValueKind: JsonValueKind.Object } vars || !vars.TryGetProperty(_variable, out var value))
        {
            if (def.DefaultValue is { } dv)
            {
                writer.WritePropertyName(_variable);
                WriteLiteral(dv, type, writer);
            }
            else if (type.IsNonNull)
            {
                Fail($"Variable \"${_variable}\" of required type \"{type}\" was not provided.");
            }

            return;
        }

        if (value.ValueKind == JsonValueKind.Null && type.IsNonNull)
        {
            Fail($"Variable \"${_variable}\" of non-null type \"{type}\" must not be null.");
            return;
        }

        writer.WritePropertyName(_variable);
        _path.Clear();
        CoerceValue(value, type, writer);
    }

    private void CoerceValue(JsonElement value, TypeRef type, Utf8JsonWriter writer)
    {
        if (type.IsNonNull)
        {
            if (value.ValueKind == JsonValueKind.Null)
            {
                Invalid(value, $"Expected non-nullable type \"{type}\" not to be null.");
                writer.WriteNullValue();
                return;
            }

            CoerceValue(value, type.OfType!, writer);
            return;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            writer.WriteNullValue();
            return;
        }

        if (type.Kind == TypeRefKind.List)
        {
            writer.WriteStartArray();
            if (value.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in value.EnumerateArray())
                {
                    _path.Add(i++);
                    CoerceValue(item, type.OfType!, writer);
                    _path.RemoveAt(_path.Count - 1);
                }
            }
            else
            {
                CoerceValue(value, type.OfType!, writer);
            }

            writer.WriteEndArray();
            return;
        }

        switch (_schema.Type(type.Name!))
        {
            case InputObjectTypeDefinition io:
                CoerceInputObject(value, io, writer);
                break;
            case EnumTypeDefinition e:
                if (value.ValueKind != JsonValueKind.String)
                {
                    var printed = JsInspect.Print(value);
                    Invalid(value, $"Enum \"{e.Name}\" cannot represent non-string value: {printed}." + Hint(printed, e));
                }
                else if (!e.Values.ContainsKey(value.GetString()!))
                {
                    Invalid(value, $"Value \"{value.GetString()}\" does not exist in \"{e.Name}\" enum." + Hint(value.GetString()!, e));
                }

                value.WriteTo(writer);
                break;
            case ScalarTypeDefinition s:
                CoerceScalar(value, s.Name, writer);
                break;
            default:
                Invalid(value, $"Expected type \"{type.Name}\".");
                writer.WriteNullValue();
                break;
        }
    }

    private void CoerceInputObject(JsonElement value, InputObjectTypeDefinition type, Utf8JsonWriter writer)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Invalid(value, $"Expected type \"{type.Name}\" to be an object.");
            writer.WriteNullValue();
            return;
        }

        writer.WriteStartObject();
        foreach (var field in type.Fields.Values)
        {
            if (value.TryGetProperty(field.Name, out var fieldValue))
            {
                writer.WritePropertyName(field.Name);
                _path.Add(field.Name);
                CoerceValue(fieldValue, field.Type, writer);
                _path.RemoveAt(_path.Count - 1);
            }
            else if (field.DefaultValue is { } dv)
            {
                writer.WritePropertyName(field.Name);
                WriteLiteral(dv, field.Type, writer);
            }
            else if (field.Type.IsNonNull)
            {
                Invalid(value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        var count = 0;
        foreach (var p in value.EnumerateObject())
        {
            count++;
            if (!type.Fields.ContainsKey(p.Name))
            {
                Invalid(value, $"Field \"{p.Name}\" is not defined by type \"{type.Name}\"."
                    + Suggestions.DidYouMean(Suggestions.List(p.Name, type.Fields.Keys)));
            }
        }

        if (type.IsOneOf)
        {
            if (count != 1)
            {
                Invalid(value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }
            else
            {
                var only = value.EnumerateObject().First();
                if (only.Value.ValueKind == JsonValueKind.Null)
                {
                    _path.Add(only.Name);
                    Invalid(only.Value, $"Field \"{only.Name}\" must be non-null.");
                    _path.RemoveAt(_path.Count - 1);
                }
            }
        }

        writer.WriteEndObject();
    }

    private void CoerceScalar(JsonElement value, string name, Utf8JsonWriter writer)
    {
        switch (name)
        {
            case "Int":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var d) || Math.Floor(d) != d || double.IsInfinity(d))
                {
                    Invalid(value, $"Int cannot represent non-integer value: {JsInspect.Print(value)}");
                }
                else if (d > int.MaxValue || d < int.MinValue)
                {
                    Invalid(value, $"Int cannot represent non 32-bit signed integer value: {JsInspect.Print(value)}");
                }
                else
                {
                    writer.WriteNumberValue((int)d);
                    return;
                }

                break;
            case "Float":
                if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var f) && double.IsFinite(f))
                {
                    value.WriteTo(writer);
                    return;
                }

                Invalid(value, $"Float cannot represent non numeric value: {JsInspect.Print(value)}");
                break;
            case "String":
                if (value.ValueKind == JsonValueKind.String)
                {
                    value.WriteTo(writer);
                    return;
                }

                Invalid(value, $"String cannot represent a non string value: {JsInspect.Print(value)}");
                break;
            case "Boolean":
                if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
                {
                    value.WriteTo(writer);
                    return;
                }

                Invalid(value, $"Boolean cannot represent a non boolean value: {JsInspect.Print(value)}");
                break;
            case "ID":
                if (value.ValueKind == JsonValueKind.String)
                {
                    value.WriteTo(writer);
                    return;
                }

                if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id))
                {
                    writer.WriteStringValue(id.ToString(CultureInfo.InvariantCulture));
                    return;
                }

                Invalid(value, $"ID cannot represent value: {JsInspect.Print(value)}");
                break;
            default:
                value.WriteTo(writer);
                return;
        }

        writer.WriteNullValue();
    }

    /// <summary>Writes a (validated) literal as JSON, applying input object field defaults.</summary>
    private void WriteLiteral(GraphQLValue literal, TypeRef type, Utf8JsonWriter writer)
    {
        var nullable = type.Nullable;
        switch (literal)
        {
            case GraphQLNullValue:
                writer.WriteNullValue();
                return;
            case GraphQLListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Values ?? [])
                {
                    WriteLiteral(item, nullable.Kind == TypeRefKind.List ? nullable.OfType! : nullable, writer);
                }

                writer.WriteEndArray();
                return;
        }

        if (nullable.Kind == TypeRefKind.List)
        {
            writer.WriteStartArray();
            WriteLiteral(literal, nullable.OfType!, writer);
            writer.WriteEndArray();
            return;
        }

        switch (literal)
        {
            case GraphQLObjectValue obj:
                var io = _schema.Type(nullable.Name!) as InputObjectTypeDefinition;
                writer.WriteStartObject();
                if (io is null)
                {
                    foreach (var f in obj.Fields ?? [])
                    {
                        writer.WritePropertyName(f.Name.StringValue);
                        WriteLiteral(f.Value, TypeRef.Named("__Any"), writer);
                    }
                }
                else
                {
                    foreach (var fd in io.Fields.Values)
                    {
                        var given = (obj.Fields ?? []).Find(f => f.Name.StringValue == fd.Name);
                        if (given is not null || fd.DefaultValue is not null)
                        {
                            writer.WritePropertyName(fd.Name);
                            WriteLiteral(given?.Value ?? fd.DefaultValue!, fd.Type, writer);
                        }
                    }
                }

                writer.WriteEndObject();
                return;
            case GraphQLIntValue i:
                if (nullable.Name is "ID")
                {
                    writer.WriteStringValue(i.Value.Span);
                }
                else
                {
                    writer.WriteRawValue(i.Value.Span);
                }

                return;
            case GraphQLFloatValue fl:
                writer.WriteRawValue(fl.Value.Span);
                return;
            case GraphQLStringValue s:
                writer.WriteStringValue(s.Value.Span);
                return;
            case GraphQLBooleanValue b:
                writer.WriteBooleanValue(b.BoolValue);
                return;
            case GraphQLEnumValue e:
                writer.WriteStringValue(e.Name.Value.Span);
                return;
            default:
                writer.WriteNullValue();
                return;
        }
    }

    private static string Hint(string input, EnumTypeDefinition e) =>
        Suggestions.DidYouMean(Suggestions.List(input, e.Values.Keys), "the enum value");

    private void Invalid(JsonElement value, string message)
    {
        var prefix = $"Variable \"${_variable}\" got invalid value {JsInspect.Print(value)}";
        if (_path.Count > 0)
        {
            prefix += " at \"" + _variable + string.Concat(_path.Select(p => p is int i ? $"[{i}]" : "." + p)) + "\"";
        }

        Fail(prefix + "; " + message);
    }

    private void Fail(string message) =>
        _errors.Add(new GraphQLError(message, ErrorCodes.BadUserInput) { Locations = [_location] });
}
