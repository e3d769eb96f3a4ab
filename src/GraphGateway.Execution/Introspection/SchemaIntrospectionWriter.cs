using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Introspection;

/// <summary>
/// Answers <c>__schema</c> and <c>__type(name:)</c> from an API schema (GraphQL spec §4.2 and the current
/// draft: <c>specifiedByURL</c>, <c>isRepeatable</c>, <c>isOneOf</c>, <c>includeDeprecated</c> on fields,
/// enum values, arguments and input fields). The schema's types include the introspection types and the
/// built-in directives. Fragments, aliases, <c>@skip</c>/<c>@include</c> and <c>__typename</c> inside
/// introspection objects are handled. The API schema already lacks join/link machinery and
/// <c>@inaccessible</c> elements; nothing else is hidden. Thread-safe; create one per API schema.
/// </summary>
public sealed class SchemaIntrospectionWriter : IIntrospectionWriter
{
    private readonly Schema _schema;
    private readonly IReadOnlyList<TypeDefinition> _types;

    /// <summary>Creates a writer for <paramref name="apiSchema"/>.</summary>
    public SchemaIntrospectionWriter(Schema apiSchema)
    {
        _schema = ExecutableSchema.For(apiSchema);
        _types = ListedTypes(_schema);
    }

    /// <summary>
    /// The types <c>__schema.types</c> lists: every type except built-in scalars that nothing references
    /// (graphql-js lists only reachable types, so an unused <c>Float</c> is absent).
    /// </summary>
    private static List<TypeDefinition> ListedTypes(Schema schema)
    {
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in schema.Types.Values)
        {
            switch (t)
            {
                case ComplexTypeDefinition c:
                    foreach (var f in c.Fields.Values)
                    {
                        referenced.Add(f.Type.NamedType);
                        foreach (var a in f.Arguments.Values)
                        {
                            referenced.Add(a.Type.NamedType);
                        }
                    }

                    break;
                case InputObjectTypeDefinition io:
                    foreach (var f in io.Fields.Values)
                    {
                        referenced.Add(f.Type.NamedType);
                    }

                    break;
            }
        }

        foreach (var d in schema.DirectiveDefinitions.Values)
        {
            foreach (var a in d.Arguments.Values)
            {
                referenced.Add(a.Type.NamedType);
            }
        }

        return schema.Types.Values.Where(t => !t.IsBuiltIn || referenced.Contains(t.Name)).ToList();
    }

    /// <inheritdoc />
    public void WriteField(Utf8JsonWriter writer, GraphQLField field, ValidatedOperation operation)
    {
        var w = new ObjectWriter(_schema, _types, writer, operation);
        switch (field.Name.StringValue)
        {
            case "__schema":
                w.WriteObject("__Schema", [field], null);
                break;
            case "__type":
                var name = SelectionCollector.StringValue(field.Arguments?.Items.Find(a => a.Name.StringValue == "name")?.Value, operation);
                var type = name is null ? null : _schema.Type(name);
                if (type is null)
                {
                    writer.WriteNullValue();
                }
                else
                {
                    w.WriteObject("__Type", [field], new TypeValue(type, null));
                }

                break;
            default:
                throw new ArgumentException($"\"{field.Name.StringValue}\" is not an introspection root field.", nameof(field));
        }
    }
}
