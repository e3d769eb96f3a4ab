using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>The kinds of named types an SDL can define.</summary>
internal enum SdlKind
{
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    Scalar,
}

/// <summary>A type reference: a named type wrapped in lists and non-nulls.</summary>
internal sealed record SdlTypeRef(string? Name, SdlTypeRef? OfType, bool NonNull)
{
    /// <summary>The named type at the bottom.</summary>
    public string NamedType => Name ?? OfType!.NamedType;

    /// <summary>True when this (outermost, ignoring non-null) is a list.</summary>
    public bool IsList => Name is null;

    /// <summary>Reads a parser type node.</summary>
    public static SdlTypeRef From(GraphQLType type) => type switch
    {
        GraphQLNonNullType nn => From(nn.Type) with { NonNull = true },
        GraphQLListType list => new SdlTypeRef(null, From(list.Type), false),
        GraphQLNamedType named => new SdlTypeRef(named.Name.StringValue, null, false),
        _ => throw new InvalidOperationException("Unknown type node " + type.Kind),
    };

    /// <inheritdoc />
    public override string ToString() => (Name ?? "[" + OfType + "]") + (NonNull ? "!" : "");
}

/// <summary>An argument or input field.</summary>
internal sealed record SdlInputValue(string Name, SdlTypeRef Type, GraphQLValue? DefaultValue);

/// <summary>A field of an object or interface type, with the federation directives the harness reads.</summary>
internal sealed class SdlField(string name, SdlTypeRef type)
{
    public string Name { get; } = name;
    public SdlTypeRef Type { get; } = type;
    public List<SdlInputValue> Arguments { get; } = [];
    public bool External { get; set; }
    public string? Provides { get; set; }
    public string? Requires { get; set; }
}

/// <summary>A named type as read from SDL (definition and extensions merged).</summary>
internal sealed class SdlType(string name, SdlKind kind)
{
    public string Name { get; } = name;
    public SdlKind Kind { get; } = kind;
    public Dictionary<string, SdlField> Fields { get; } = new(StringComparer.Ordinal);
    public List<string> Interfaces { get; } = [];
    public List<string> Members { get; } = [];
    public List<string> EnumValues { get; } = [];
    public Dictionary<string, SdlInputValue> InputFields { get; } = new(StringComparer.Ordinal);
    /// <summary>Field sets of <c>@key</c> directives (all, resolvable or not).</summary>
    public List<(string Fields, bool Resolvable)> Keys { get; } = [];
    public bool InterfaceObject { get; set; }
    /// <summary>True when the type itself is marked <c>@external</c> (all its fields are external).</summary>
    public bool External { get; set; }
}

/// <summary>
/// A small reader of SDL into named types, enough to build executable schemas and to generate operations.
/// Type extensions are merged into their definitions; directive definitions and schema definitions are ignored
/// except the root operation type names.
/// </summary>
internal sealed class SdlModel
{
    private static readonly HashSet<string> BuiltInScalars = ["Int", "Float", "String", "Boolean", "ID"];

    public Dictionary<string, SdlType> Types { get; } = new(StringComparer.Ordinal);
    public string QueryType { get; private set; } = "Query";
    public string? MutationType { get; private set; }

    /// <summary>Parses <paramref name="sdl"/>; <paramref name="source"/> names it in errors.</summary>
    public static SdlModel Parse(string sdl, string source)
    {
        GraphQLDocument doc;
        try
        {
            doc = Parser.Parse(sdl, new ParserOptions { Ignore = IgnoreOptions.Comments | IgnoreOptions.Locations });
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"{source}: cannot parse SDL: {ex.Message}", ex);
        }

        var model = new SdlModel();
        bool sawMutation = false;
        foreach (var def in doc.Definitions)
        {
            switch (def)
            {
                case GraphQLSchemaDefinition sd when sd.OperationTypes is not null:
                    foreach (var op in sd.OperationTypes)
                    {
                        model.SetRoot(op.Operation, op.Type!.Name.StringValue);
                    }

                    break;
                case GraphQLSchemaExtension se when se.OperationTypes is not null:
                    foreach (var op in se.OperationTypes)
                    {
                        model.SetRoot(op.Operation, op.Type!.Name.StringValue);
                    }

                    break;
                case GraphQLObjectTypeDefinition o:
                    model.AddComplex(o.Name.StringValue, SdlKind.Object, o.Fields, o.Interfaces, o.Directives);
                    break;
                case GraphQLObjectTypeExtension o:
                    model.AddComplex(o.Name.StringValue, SdlKind.Object, o.Fields, o.Interfaces, o.Directives);
                    break;
                case GraphQLInterfaceTypeDefinition i:
                    model.AddComplex(i.Name.StringValue, SdlKind.Interface, i.Fields, i.Interfaces, i.Directives);
                    break;
                case GraphQLInterfaceTypeExtension i:
                    model.AddComplex(i.Name.StringValue, SdlKind.Interface, i.Fields, i.Interfaces, i.Directives);
                    break;
                case GraphQLUnionTypeDefinition u:
                    model.Get(u.Name.StringValue, SdlKind.Union).Members.AddRange(u.Types?.Items.Select(t => t.Name.StringValue) ?? []);
                    break;
                case GraphQLUnionTypeExtension u:
                    model.Get(u.Name.StringValue, SdlKind.Union).Members.AddRange(u.Types?.Items.Select(t => t.Name.StringValue) ?? []);
                    break;
                case GraphQLEnumTypeDefinition e:
                    model.Get(e.Name.StringValue, SdlKind.Enum).EnumValues.AddRange(e.Values?.Items.Select(v => v.Name.StringValue) ?? []);
                    break;
                case GraphQLEnumTypeExtension e:
                    model.Get(e.Name.StringValue, SdlKind.Enum).EnumValues.AddRange(e.Values?.Items.Select(v => v.Name.StringValue) ?? []);
                    break;
                case GraphQLInputObjectTypeDefinition io:
                    model.AddInput(io.Name.StringValue, io.Fields);
                    break;
                case GraphQLInputObjectTypeExtension io:
                    model.AddInput(io.Name.StringValue, io.Fields);
                    break;
                case GraphQLScalarTypeDefinition s when !BuiltInScalars.Contains(s.Name.StringValue):
                    model.Get(s.Name.StringValue, SdlKind.Scalar);
                    break;
            }

            sawMutation |= def is GraphQLObjectTypeDefinition { Name.StringValue: "Mutation" } or GraphQLObjectTypeExtension { Name.StringValue: "Mutation" };
        }

        if (model.MutationType is null && sawMutation)
        {
            model.MutationType = "Mutation";
        }

        return model;
    }

    /// <summary>True for the five built-in scalars.</summary>
    public static bool IsBuiltInScalar(string name) => BuiltInScalars.Contains(name);

    /// <summary>The kind of <paramref name="name"/>; built-in scalars are scalars.</summary>
    public SdlKind KindOf(string name) =>
        Types.TryGetValue(name, out var t) ? t.Kind : IsBuiltInScalar(name) ? SdlKind.Scalar : throw new InvalidOperationException("Unknown type " + name);

    /// <summary>Object types that are <paramref name="abstractType"/> or implement/belong to it.</summary>
    public IEnumerable<SdlType> PossibleTypes(string abstractType)
    {
        var t = Types[abstractType];
        return t.Kind switch
        {
            SdlKind.Object => [t],
            SdlKind.Union => t.Members.Select(m => Types[m]),
            SdlKind.Interface => Types.Values.Where(o => o.Kind == SdlKind.Object && o.Interfaces.Contains(abstractType)).OrderBy(o => o.Name, StringComparer.Ordinal),
            _ => [],
        };
    }

    private void SetRoot(OperationType op, string name)
    {
        if (op == OperationType.Query)
        {
            QueryType = name;
        }
        else if (op == OperationType.Mutation)
        {
            MutationType = name;
        }
    }

    private SdlType Get(string name, SdlKind kind)
    {
        if (!Types.TryGetValue(name, out var t))
        {
            t = new SdlType(name, kind);
            Types[name] = t;
        }

        return t;
    }

    private void AddInput(string name, GraphQLInputFieldsDefinition? fields)
    {
        var t = Get(name, SdlKind.InputObject);
        foreach (var f in fields?.Items ?? [])
        {
            t.InputFields[f.Name.StringValue] = new SdlInputValue(f.Name.StringValue, SdlTypeRef.From(f.Type), f.DefaultValue);
        }
    }

    private void AddComplex(string name, SdlKind kind, GraphQLFieldsDefinition? fields, GraphQLImplementsInterfaces? interfaces, GraphQLDirectives? directives)
    {
        var t = Get(name, kind);
        t.Interfaces.AddRange(interfaces?.Items.Select(i => i.Name.StringValue).Where(i => !t.Interfaces.Contains(i)) ?? []);
        bool typeExternal = false;
        foreach (var d in directives?.Items ?? [])
        {
            switch (d.Name.StringValue)
            {
                case "key":
                    var resolvable = StringArg(d, "resolvable") is not "false";
                    t.Keys.Add((StringArg(d, "fields") ?? "", resolvable));
                    break;
                case "interfaceObject":
                    t.InterfaceObject = true;
                    break;
                case "external":
                    typeExternal = true;
                    break;
            }
        }

        foreach (var f in fields?.Items ?? [])
        {
            var field = new SdlField(f.Name.StringValue, SdlTypeRef.From(f.Type)) { External = typeExternal };
            foreach (var a in f.Arguments?.Items ?? [])
            {
                field.Arguments.Add(new SdlInputValue(a.Name.StringValue, SdlTypeRef.From(a.Type), a.DefaultValue));
            }

            foreach (var d in f.Directives?.Items ?? [])
            {
                switch (d.Name.StringValue)
                {
                    case "external":
                        field.External = true;
                        break;
                    case "provides":
                        field.Provides = StringArg(d, "fields");
                        break;
                    case "requires":
                        field.Requires = StringArg(d, "fields");
                        break;
                }
            }

            t.Fields[field.Name] = field;
        }
    }

    private static string? StringArg(GraphQLDirective d, string name)
    {
        var arg = d.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name);
        return arg?.Value switch
        {
            GraphQLStringValue s => s.Value.ToString(),
            GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
            _ => null,
        };
    }
}
