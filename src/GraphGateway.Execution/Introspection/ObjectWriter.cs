using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Introspection;

/// <summary>A <c>__Type</c> value: a named type, or a list/non-null wrapper around <see cref="Ref"/>.</summary>
/// <param name="Named">The named type, when <paramref name="Ref"/> is null or a named reference.</param>
/// <param name="Ref">A wrapper reference (list or non-null), or null for a named type.</param>
internal sealed record TypeValue(TypeDefinition? Named, TypeRef? Ref);

/// <summary>Writes introspection objects field by field from the client's selections.</summary>
internal sealed class ObjectWriter(Schema schema, IReadOnlyList<TypeDefinition> types, Utf8JsonWriter writer, ValidatedOperation operation)
{
    public void WriteObject(string typeName, List<GraphQLField> parents, object? value)
    {
        var sets = parents.Select(p => p.SelectionSet).OfType<GraphQLSelectionSet>();
        writer.WriteStartObject();
        foreach (var (responseName, fields) in SelectionCollector.Collect(sets, typeName, operation))
        {
            writer.WritePropertyName(responseName);
            WriteField(typeName, fields, value);
        }

        writer.WriteEndObject();
    }

    private void WriteField(string typeName, List<GraphQLField> fields, object? value)
    {
        var field = fields[0];
        var name = field.Name.StringValue;
        if (name == "__typename")
        {
            writer.WriteStringValue(typeName);
            return;
        }

        var includeDeprecated = SelectionCollector.BooleanValue(
            field.Arguments?.Items.Find(a => a.Name.StringValue == "includeDeprecated")?.Value, operation) ?? false;
        switch (typeName, value)
        {
            case ("__Schema", _):
                WriteSchemaField(name, fields);
                break;
            case ("__Type", TypeValue t):
                WriteTypeField(name, fields, t, includeDeprecated);
                break;
            case ("__Field", FieldDefinition f):
                WriteFieldField(name, fields, f, includeDeprecated);
                break;
            case ("__InputValue", InputValueDefinition iv):
                switch (name)
                {
                    case "name": writer.WriteStringValue(iv.Name); break;
                    case "description": WriteNullable(iv.Description); break;
                    case "type": WriteType(fields, iv.Type); break;
                    case "defaultValue": WriteNullable(iv.DefaultValue is null ? null : Core.Schemas.ValuePrinter.Print(iv.DefaultValue)); break;
                    case "isDeprecated": writer.WriteBooleanValue(iv.DeprecationReason is not null); break;
                    case "deprecationReason": WriteNullable(iv.DeprecationReason); break;
                    default: writer.WriteNullValue(); break;
                }

                break;
            case ("__EnumValue", EnumValueDefinition ev):
                switch (name)
                {
                    case "name": writer.WriteStringValue(ev.Name); break;
                    case "description": WriteNullable(ev.Description); break;
                    case "isDeprecated": writer.WriteBooleanValue(ev.DeprecationReason is not null); break;
                    case "deprecationReason": WriteNullable(ev.DeprecationReason); break;
                    default: writer.WriteNullValue(); break;
                }

                break;
            case ("__Directive", DirectiveDefinition d):
                switch (name)
                {
                    case "name": writer.WriteStringValue(d.Name); break;
                    case "description": WriteNullable(d.Description); break;
                    case "isRepeatable": writer.WriteBooleanValue(d.IsRepeatable); break;
                    case "locations":
                        writer.WriteStartArray();
                        foreach (var l in d.Locations)
                        {
                            writer.WriteStringValue(l);
                        }

                        writer.WriteEndArray();
                        break;
                    case "args": WriteList(fields, "__InputValue", Filter(d.Arguments.Values, includeDeprecated)); break;
                    default: writer.WriteNullValue(); break;
                }

                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private void WriteSchemaField(string name, List<GraphQLField> fields)
    {
        switch (name)
        {
            case "description": WriteNullable(schema.Description); break;
            case "types": WriteList(fields, "__Type", types.Select(t => new TypeValue(t, null))); break;
            case "queryType": WriteNamedType(fields, schema.QueryTypeName); break;
            case "mutationType": WriteNamedType(fields, schema.MutationTypeName); break;
            case "subscriptionType": WriteNamedType(fields, schema.SubscriptionTypeName); break;
            case "directives": WriteList(fields, "__Directive", schema.DirectiveDefinitions.Values); break;
            default: writer.WriteNullValue(); break;
        }
    }

    private void WriteTypeField(string name, List<GraphQLField> fields, TypeValue t, bool includeDeprecated)
    {
        if (t.Ref is { } wrapper)
        {
            switch (name)
            {
                case "kind": writer.WriteStringValue(wrapper.IsNonNull ? "NON_NULL" : "LIST"); break;
                case "ofType": WriteType(fields, wrapper.OfType!); break;
                default: writer.WriteNullValue(); break;
            }

            return;
        }

        var type = t.Named!;
        switch (name)
        {
            case "kind":
                writer.WriteStringValue(type.Kind switch
                {
                    TypeKind.Scalar => "SCALAR",
                    TypeKind.Object => "OBJECT",
                    TypeKind.Interface => "INTERFACE",
                    TypeKind.Union => "UNION",
                    TypeKind.Enum => "ENUM",
                    _ => "INPUT_OBJECT",
                });
                break;
            case "name": writer.WriteStringValue(type.Name); break;
            case "description": WriteNullable(type.Description); break;
            case "specifiedByURL": WriteNullable((type as ScalarTypeDefinition)?.SpecifiedByUrl); break;
            case "fields":
                if (type is ComplexTypeDefinition c)
                {
                    WriteList(fields, "__Field", c.Fields.Values.Where(f => includeDeprecated || f.DeprecationReason is null));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case "interfaces":
                if (type is ComplexTypeDefinition ci)
                {
                    WriteList(fields, "__Type", ci.Interfaces.Select(schema.Type).OfType<TypeDefinition>().Select(i => new TypeValue(i, null)));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case "possibleTypes":
                if (type.IsAbstract)
                {
                    WriteList(fields, "__Type", PossibleTypes(type).Select(p => new TypeValue(p, null)));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case "enumValues":
                if (type is EnumTypeDefinition e)
                {
                    WriteList(fields, "__EnumValue", e.Values.Values.Where(v => includeDeprecated || v.DeprecationReason is null));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case "inputFields":
                if (type is InputObjectTypeDefinition io)
                {
                    WriteList(fields, "__InputValue", Filter(io.Fields.Values, includeDeprecated));
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            case "isOneOf":
                if (type is InputObjectTypeDefinition oneOf)
                {
                    writer.WriteBooleanValue(oneOf.IsOneOf);
                }
                else
                {
                    writer.WriteNullValue();
                }

                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }

    private void WriteFieldField(string name, List<GraphQLField> fields, FieldDefinition f, bool includeDeprecated)
    {
        switch (name)
        {
            case "name": writer.WriteStringValue(f.Name); break;
            case "description": WriteNullable(f.Description); break;
            case "args": WriteList(fields, "__InputValue", Filter(f.Arguments.Values, includeDeprecated)); break;
            case "type": WriteType(fields, f.Type); break;
            case "isDeprecated": writer.WriteBooleanValue(f.DeprecationReason is not null); break;
            case "deprecationReason": WriteNullable(f.DeprecationReason); break;
            default: writer.WriteNullValue(); break;
        }
    }

    /// <summary>Union members in written order; an interface's implementing objects in schema order (as graphql-js lists them).</summary>
    private IEnumerable<TypeDefinition> PossibleTypes(TypeDefinition type) => type is UnionTypeDefinition union
        ? union.Types.Select(schema.Type).OfType<ObjectTypeDefinition>()
        : schema.Types.Values.OfType<ObjectTypeDefinition>().Where(o => o.Interfaces.Contains(type.Name));

    private static IEnumerable<InputValueDefinition> Filter(IEnumerable<InputValueDefinition> values, bool includeDeprecated) =>
        values.Where(v => includeDeprecated || v.DeprecationReason is null);

    private void WriteType(List<GraphQLField> fields, TypeRef type)
    {
        if (type.Kind == TypeRefKind.Named)
        {
            WriteNamedType(fields, type.Name);
        }
        else
        {
            WriteObject("__Type", fields, new TypeValue(null, type));
        }
    }

    private void WriteNamedType(List<GraphQLField> fields, string? name)
    {
        var type = name is null ? null : schema.Type(name);
        if (type is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteObject("__Type", fields, new TypeValue(type, null));
        }
    }

    private void WriteList<T>(List<GraphQLField> fields, string itemType, IEnumerable<T> items)
        where T : class
    {
        writer.WriteStartArray();
        foreach (var item in items)
        {
            WriteObject(itemType, fields, item);
        }

        writer.WriteEndArray();
    }

    private void WriteNullable(string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
