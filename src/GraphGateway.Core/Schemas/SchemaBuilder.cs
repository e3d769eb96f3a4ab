using System.Text;
using GraphQLParser.AST;

namespace GraphGateway.Core.Schemas;

/// <summary>Builds a <see cref="Schema"/> from parsed SDL definitions, collecting errors.</summary>
internal sealed class SchemaBuilder
{
    private readonly SourceText _source;
    private readonly List<SchemaError> _errors = [];
    private readonly HashSet<string> _baseDefined = new(StringComparer.Ordinal);

    public SchemaBuilder(SourceText source) => _source = source;

    public Schema Schema { get; } = new();

    public List<SchemaError> Errors => _errors;

    public void Add(GraphQLDocument document)
    {
        var explicitRoots = false;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLSchemaDefinition sd:
                    Schema.Description = sd.Description?.Value.ToString();
                    AddDirectives(Schema.SchemaDirectives, sd.Directives);
                    explicitRoots |= SetRoots(sd.OperationTypes);
                    break;
                case GraphQLSchemaExtension se:
                    AddDirectives(Schema.SchemaDirectives, se.Directives);
                    explicitRoots |= SetRoots(se.OperationTypes);
                    break;
                case GraphQLDirectiveDefinition dd:
                    AddDirectiveDefinition(dd);
                    break;
                case GraphQLTypeExtension ext:
                    AddType(ext, isExtension: true);
                    break;
                case GraphQLTypeDefinition td:
                    AddType(td, isExtension: false);
                    break;
                case GraphQLExecutableDefinition ed:
                    Error("Executable definitions (operations, fragments) are not allowed in SDL.", ed);
                    break;
            }
        }

        foreach (var name in BuiltIns.Scalars)
        {
            if (!Schema.Types.ContainsKey(name))
            {
                Schema.Add(new ScalarTypeDefinition(name));
            }
        }

        Schema.HasExplicitSchemaDefinition = explicitRoots;
        if (!explicitRoots)
        {
            Schema.MutationTypeName = Schema.Types.ContainsKey("Mutation") ? "Mutation" : null;
            Schema.SubscriptionTypeName = Schema.Types.ContainsKey("Subscription") ? "Subscription" : null;
        }

        new SchemaReferenceChecker(Schema, _errors).Check();
    }

    private bool SetRoots(List<GraphQLRootOperationTypeDefinition>? roots)
    {
        if (roots is null || roots.Count == 0)
        {
            return false;
        }

        foreach (var root in roots)
        {
            var name = root.Type!.Name.StringValue;
            switch (root.Operation)
            {
                case OperationType.Query: Schema.QueryTypeName = name; break;
                case OperationType.Mutation: Schema.MutationTypeName = name; break;
                default: Schema.SubscriptionTypeName = name; break;
            }
        }

        return true;
    }

    private void AddDirectiveDefinition(GraphQLDirectiveDefinition dd)
    {
        var name = dd.Name.StringValue;
        if (Schema.DirectiveDefinitions.ContainsKey(name))
        {
            Error($"Directive @{name} is defined more than once.", dd);
            return;
        }

        var def = new DirectiveDefinition(name)
        {
            Description = dd.Description?.Value.ToString(),
            IsRepeatable = dd.Repeatable,
            Location = Locate(dd),
        };
        AddArguments(def.Arguments, dd.Arguments, "@" + name);
        foreach (var location in dd.Locations!.Items)
        {
            def.Locations.Add(ToSdlName(location.ToString()));
        }

        Schema.DirectiveDefinitions[name] = def;
    }

    private void AddType(ASTNode node, bool isExtension)
    {
        var (name, kind) = node switch
        {
            GraphQLObjectTypeDefinition o => (o.Name.StringValue, TypeKind.Object),
            GraphQLObjectTypeExtension o => (o.Name.StringValue, TypeKind.Object),
            GraphQLInterfaceTypeDefinition i => (i.Name.StringValue, TypeKind.Interface),
            GraphQLInterfaceTypeExtension i => (i.Name.StringValue, TypeKind.Interface),
            GraphQLUnionTypeDefinition u => (u.Name.StringValue, TypeKind.Union),
            GraphQLUnionTypeExtension u => (u.Name.StringValue, TypeKind.Union),
            GraphQLEnumTypeDefinition e => (e.Name.StringValue, TypeKind.Enum),
            GraphQLEnumTypeExtension e => (e.Name.StringValue, TypeKind.Enum),
            GraphQLInputObjectTypeDefinition io => (io.Name.StringValue, TypeKind.InputObject),
            GraphQLInputObjectTypeExtension io => (io.Name.StringValue, TypeKind.InputObject),
            GraphQLScalarTypeDefinition s => (s.Name.StringValue, TypeKind.Scalar),
            GraphQLScalarTypeExtension s => (s.Name.StringValue, TypeKind.Scalar),
            _ => (string.Empty, TypeKind.Scalar),
        };

        if (name.Length == 0)
        {
            Error($"Unsupported definition {node.Kind}.", node);
            return;
        }

        var existing = Schema.Type(name);
        if (existing is not null && existing.Kind != kind)
        {
            Error($"Type {name} is defined as {existing.Kind} and as {kind}.", node);
            return;
        }

        if (!isExtension)
        {
            if (!_baseDefined.Add(name))
            {
                Error($"Type {name} is defined more than once.", node);
                return;
            }
        }

        var type = existing ?? Create(name, kind);
        if (existing is null)
        {
            type.Location = Locate(node);
            type.IsExtensionOnly = isExtension;
            Schema.Add(type);
        }
        else if (!isExtension)
        {
            type.IsExtensionOnly = false;
            type.Location = Locate(node);
        }

        if (node is GraphQLTypeDefinition { Description: { } description })
        {
            type.Description = description.Value.ToString();
        }

        Fill(type, node);
    }

    private static TypeDefinition Create(string name, TypeKind kind) => kind switch
    {
        TypeKind.Object => new ObjectTypeDefinition(name),
        TypeKind.Interface => new InterfaceTypeDefinition(name),
        TypeKind.Union => new UnionTypeDefinition(name),
        TypeKind.Enum => new EnumTypeDefinition(name),
        TypeKind.InputObject => new InputObjectTypeDefinition(name),
        _ => new ScalarTypeDefinition(name),
    };

    private void Fill(TypeDefinition type, ASTNode node)
    {
        switch (node)
        {
            case GraphQLObjectTypeDefinition o:
                FillComplex((ComplexTypeDefinition)type, o.Directives, o.Interfaces, o.Fields);
                break;
            case GraphQLObjectTypeExtension o:
                FillComplex((ComplexTypeDefinition)type, o.Directives, o.Interfaces, o.Fields);
                break;
            case GraphQLInterfaceTypeDefinition i:
                FillComplex((ComplexTypeDefinition)type, i.Directives, i.Interfaces, i.Fields);
                break;
            case GraphQLInterfaceTypeExtension i:
                FillComplex((ComplexTypeDefinition)type, i.Directives, i.Interfaces, i.Fields);
                break;
            case GraphQLUnionTypeDefinition u:
                FillUnion((UnionTypeDefinition)type, u.Directives, u.Types);
                break;
            case GraphQLUnionTypeExtension u:
                FillUnion((UnionTypeDefinition)type, u.Directives, u.Types);
                break;
            case GraphQLEnumTypeDefinition e:
                FillEnum((EnumTypeDefinition)type, e.Directives, e.Values);
                break;
            case GraphQLEnumTypeExtension e:
                FillEnum((EnumTypeDefinition)type, e.Directives, e.Values);
                break;
            case GraphQLInputObjectTypeDefinition io:
                AddDirectives(type.Directives, io.Directives);
                AddArguments(((InputObjectTypeDefinition)type).Fields, io.Fields?.Items, type.Name);
                break;
            case GraphQLInputObjectTypeExtension io:
                AddDirectives(type.Directives, io.Directives);
                AddArguments(((InputObjectTypeDefinition)type).Fields, io.Fields?.Items, type.Name);
                break;
            case GraphQLScalarTypeDefinition s:
                AddDirectives(type.Directives, s.Directives);
                break;
            case GraphQLScalarTypeExtension s:
                AddDirectives(type.Directives, s.Directives);
                break;
        }
    }

    private void FillComplex(ComplexTypeDefinition type, GraphQLDirectives? directives, GraphQLImplementsInterfaces? interfaces, GraphQLFieldsDefinition? fields)
    {
        AddDirectives(type.Directives, directives);
        foreach (var i in interfaces?.Items ?? [])
        {
            var name = i.Name.StringValue;
            if (type.Interfaces.Contains(name))
            {
                Error($"Type {type.Name} implements {name} more than once.", i);
                continue;
            }

            type.Interfaces.Add(name);
        }

        foreach (var f in fields?.Items ?? [])
        {
            var name = f.Name.StringValue;
            if (type.Fields.ContainsKey(name))
            {
                Error($"Field {type.Name}.{name} is defined more than once.", f);
                continue;
            }

            var field = new FieldDefinition(name, TypeRef.FromAst(f.Type))
            {
                Description = f.Description?.Value.ToString(),
                Location = Locate(f),
            };
            AddDirectives(field.Directives, f.Directives);
            AddArguments(field.Arguments, f.Arguments?.Items, $"{type.Name}.{name}");
            type.Fields[name] = field;
        }
    }

    private void FillUnion(UnionTypeDefinition type, GraphQLDirectives? directives, GraphQLUnionMemberTypes? members)
    {
        AddDirectives(type.Directives, directives);
        foreach (var m in members?.Items ?? [])
        {
            var name = m.Name.StringValue;
            if (type.Types.Contains(name))
            {
                Error($"Union {type.Name} includes {name} more than once.", m);
                continue;
            }

            type.Types.Add(name);
        }
    }

    private void FillEnum(EnumTypeDefinition type, GraphQLDirectives? directives, GraphQLEnumValuesDefinition? values)
    {
        AddDirectives(type.Directives, directives);
        foreach (var v in values?.Items ?? [])
        {
            var name = v.Name.StringValue;
            if (type.Values.ContainsKey(name))
            {
                Error($"Enum value {type.Name}.{name} is defined more than once.", v);
                continue;
            }

            var value = new EnumValueDefinition(name) { Description = v.Description?.Value.ToString(), Location = Locate(v) };
            AddDirectives(value.Directives, v.Directives);
            type.Values[name] = value;
        }
    }

    private void AddArguments<T>(OrderedDictionary<string, InputValueDefinition> target, List<T>? items, string owner)
        where T : GraphQLInputValueDefinition
    {
        foreach (var a in items ?? [])
        {
            var name = a.Name.StringValue;
            if (target.ContainsKey(name))
            {
                Error($"{owner}({name}:) is defined more than once.", a);
                continue;
            }

            var value = new InputValueDefinition(name, TypeRef.FromAst(a.Type), a.DefaultValue)
            {
                Description = a.Description?.Value.ToString(),
                Location = Locate(a),
            };
            AddDirectives(value.Directives, a.Directives);
            target[name] = value;
        }
    }

    private void AddArguments(OrderedDictionary<string, InputValueDefinition> target, GraphQLArgumentsDefinition? args, string owner) =>
        AddArguments(target, args?.Items, owner);

    private static void AddDirectives(List<AppliedDirective> target, GraphQLDirectives? directives)
    {
        foreach (var d in directives?.Items ?? [])
        {
            target.Add(AppliedDirective.FromAst(d));
        }
    }

    private SourceLocation Locate(ASTNode node) => _source.Locate(node.Location.Start);

    private void Error(string message, ASTNode node) => _errors.Add(new SchemaError(message, Locate(node)));

    /// <summary>Converts a parser enum name such as <c>FieldDefinition</c> to the SDL name <c>FIELD_DEFINITION</c>.</summary>
    internal static string ToSdlName(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                sb.Append('_');
            }

            sb.Append(char.ToUpperInvariant(pascal[i]));
        }

        return sb.ToString();
    }
}
