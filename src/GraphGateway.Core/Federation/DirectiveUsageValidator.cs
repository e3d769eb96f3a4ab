using GraphGateway.Core.Composition;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Federation;

/// <summary>
/// Checks every application of a federation directive (and of directives the subgraph defines) against its
/// definition, as building the subgraph schema does in the reference composition: allowed location,
/// known arguments, required arguments present, non-repeatable directives applied once, and the
/// <c>fields:</c> argument of <c>@key</c>/<c>@requires</c>/<c>@provides</c> a string (<c>KEY_INVALID_FIELDS_TYPE</c>, ...).
/// Other violations are <c>INVALID_GRAPHQL</c>; <c>@shareable</c> repeated on a field is <c>INVALID_SHAREABLE_USAGE</c>.
/// </summary>
internal static class DirectiveUsageValidator
{
    private sealed record Definition(string[] Locations, bool Repeatable, (string Name, string Type, bool Required)[] Arguments);

    private const string Everywhere = "FIELD_DEFINITION OBJECT INTERFACE UNION ARGUMENT_DEFINITION SCALAR ENUM ENUM_VALUE INPUT_OBJECT INPUT_FIELD_DEFINITION";
    private const string AuthLocations = "FIELD_DEFINITION OBJECT INTERFACE SCALAR ENUM";

    private static readonly Dictionary<string, Definition> Federation = new(StringComparer.Ordinal)
    {
        ["key"] = new(Split("OBJECT INTERFACE"), true, [("fields", "FieldSet", true), ("resolvable", "Boolean", false)]),
        ["requires"] = new(Split("FIELD_DEFINITION"), false, [("fields", "FieldSet", true)]),
        ["provides"] = new(Split("FIELD_DEFINITION"), false, [("fields", "FieldSet", true)]),
        ["external"] = new(Split("OBJECT FIELD_DEFINITION"), false, [("reason", "String", false)]),
        ["tag"] = new(Split(Everywhere + " SCHEMA"), true, [("name", "String", true)]),
        ["extends"] = new(Split("OBJECT INTERFACE"), false, []),
        ["shareable"] = new(Split("OBJECT FIELD_DEFINITION"), true, []),
        ["inaccessible"] = new(Split(Everywhere), false, []),
        ["override"] = new(Split("FIELD_DEFINITION"), false, [("from", "String", true), ("label", "String", false)]),
        ["interfaceObject"] = new(Split("OBJECT"), false, []),
        ["authenticated"] = new(Split(AuthLocations), false, []),
        ["requiresScopes"] = new(Split(AuthLocations), false, [("scopes", "List", true)]),
        ["policy"] = new(Split(AuthLocations), false, [("policies", "List", true)]),
        ["context"] = new(Split("INTERFACE OBJECT UNION"), true, [("name", "String", true)]),
        ["fromContext"] = new(Split("ARGUMENT_DEFINITION"), false, [("field", "String", false)]),
        ["cost"] = new(Split("ARGUMENT_DEFINITION ENUM FIELD_DEFINITION INPUT_FIELD_DEFINITION OBJECT SCALAR"), false, [("weight", "Int", true)]),
        ["listSize"] = new(Split("FIELD_DEFINITION"), false,
            [("assumedSize", "Int", false), ("slicingArguments", "List", false), ("sizedFields", "List", false), ("requireOneSlicingArgument", "Boolean", false)]),
    };

    private static string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static void Validate(Subgraph subgraph, List<CompositionError> errors)
    {
        var schema = subgraph.Schema;
        foreach (var (element, coordinate, location) in Elements(schema))
        {
            foreach (var group in element.Directives.GroupBy(d => d.Name))
            {
                var name = group.Key;
                Definition? def = Federation.GetValueOrDefault(name);
                if (def is null && schema.DirectiveDefinitions.TryGetValue(name, out var custom))
                {
                    def = new Definition([.. custom.Locations], custom.IsRepeatable,
                        custom.Arguments.Values.Select(a => (a.Name, "Any", a.Type.IsNonNull && a.DefaultValue is null)).ToArray());
                }

                if (def is null)
                {
                    continue;
                }

                void Error(string code, string message) =>
                    errors.Add(new CompositionError(code, $"[{subgraph.Name}] {message}", [subgraph.Name], coordinate));

                if (!def.Locations.Contains(location))
                {
                    Error(ErrorCodes.InvalidGraphQL, $"Directive \"@{name}\" may not be used on {location} (on \"{coordinate}\").");
                    continue;
                }

                if (group.Count() > 1 && (!def.Repeatable || (name == "shareable" && location == "FIELD_DEFINITION")))
                {
                    Error(name == "shareable" ? ErrorCodes.InvalidShareableUsage : ErrorCodes.InvalidGraphQL,
                        name == "shareable"
                            ? $"Invalid duplicate application of @shareable on field \"{coordinate}\": @shareable is only repeatable on types"
                            : $"The directive \"@{name}\" can only be used once at \"{coordinate}\".");
                }

                foreach (var d in group)
                {
                    foreach (var a in d.Arguments)
                    {
                        var argDef = def.Arguments.FirstOrDefault(x => x.Name == a.Name);
                        if (argDef.Name is null)
                        {
                            Error(ErrorCodes.InvalidGraphQL, $"Unknown argument \"{a.Name}\" found in {d} on \"{coordinate}\".");
                        }
                        else if (!Fits(argDef.Type, a.Value))
                        {
                            Error(argDef.Type == "FieldSet" ? $"{name.ToUpperInvariant()}_INVALID_FIELDS_TYPE" : ErrorCodes.InvalidGraphQL,
                                argDef.Type == "FieldSet"
                                    ? $"On \"{coordinate}\", for {d}: Invalid value for argument \"{a.Name}\": must be a string."
                                    : $"Invalid value for argument \"{a.Name}\" of {d} on \"{coordinate}\": expected {argDef.Type}.");
                        }
                    }

                    foreach (var required in def.Arguments.Where(x => x.Required && d.Argument(x.Name) is null))
                    {
                        Error(ErrorCodes.InvalidGraphQL, $"Directive \"@{name}\" on \"{coordinate}\" is missing required argument \"{required.Name}\".");
                    }
                }
            }
        }
    }

    private static bool Fits(string type, GraphQLValue value) => type switch
    {
        "FieldSet" or "String" => value is GraphQLStringValue,
        "Boolean" => value is GraphQLBooleanValue,
        "Int" => value is GraphQLIntValue,
        "List" => value is GraphQLListValue or GraphQLStringValue,
        _ => true,
    };

    private static IEnumerable<(SchemaElement Element, string Coordinate, string Location)> Elements(Schema schema)
    {
        foreach (var t in schema.Types.Values)
        {
            var location = t.Kind switch
            {
                TypeKind.Object => "OBJECT",
                TypeKind.Interface => "INTERFACE",
                TypeKind.Union => "UNION",
                TypeKind.Enum => "ENUM",
                TypeKind.InputObject => "INPUT_OBJECT",
                _ => "SCALAR",
            };
            yield return (t, t.Name, location);
            switch (t)
            {
                case ComplexTypeDefinition c:
                    foreach (var f in c.Fields.Values)
                    {
                        yield return (f, $"{t.Name}.{f.Name}", "FIELD_DEFINITION");
                        foreach (var a in f.Arguments.Values)
                        {
                            yield return (a, $"{t.Name}.{f.Name}({a.Name}:)", "ARGUMENT_DEFINITION");
                        }
                    }

                    break;
                case EnumTypeDefinition e:
                    foreach (var v in e.Values.Values)
                    {
                        yield return (v, $"{t.Name}.{v.Name}", "ENUM_VALUE");
                    }

                    break;
                case InputObjectTypeDefinition io:
                    foreach (var f in io.Fields.Values)
                    {
                        yield return (f, $"{t.Name}.{f.Name}", "INPUT_FIELD_DEFINITION");
                    }

                    break;
            }
        }
    }
}
