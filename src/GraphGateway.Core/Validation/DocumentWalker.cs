using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>
/// Visits an executable document once in document order, resolving parent types, field, argument and
/// directive definitions and expected input types (the "TypeInfo" of graphql-js), and calls every rule's
/// hooks. It also records fragment spreads and variable usages per definition in the context.
/// </summary>
internal sealed class DocumentWalker
{
    /// <summary><c>__typename: String!</c>, valid on every composite type (GraphQL spec §4.4).</summary>
    public static readonly FieldDefinition TypeNameField = new("__typename", TypeRef.NonNullOf(TypeRef.Named("String")));

    /// <summary><c>__schema: __Schema!</c> on the query root (GraphQL spec §4.2).</summary>
    public static readonly FieldDefinition SchemaField = new("__schema", TypeRef.NonNullOf(TypeRef.Named("__Schema")));

    /// <summary><c>__type(name: String!): __Type</c> on the query root (GraphQL spec §4.2).</summary>
    public static readonly FieldDefinition TypeField = CreateTypeField();

    private readonly ValidationContext _context;
    private readonly IReadOnlyList<ValidationRule> _rules;
    private ASTNode _definition = null!;

    public DocumentWalker(ValidationContext context, IReadOnlyList<ValidationRule> rules)
    {
        _context = context;
        _rules = rules;
    }

    /// <summary>The definition of <paramref name="name"/> on <paramref name="parentType"/>, meta fields included; null when undefined.</summary>
    public static FieldDefinition? ResolveField(Schema schema, TypeDefinition? parentType, string name)
    {
        if (parentType is null)
        {
            return null;
        }

        if (name == "__typename" && parentType.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union)
        {
            return TypeNameField;
        }

        if (parentType.Name == schema.QueryTypeName)
        {
            if (name == "__schema")
            {
                return SchemaField;
            }

            if (name == "__type")
            {
                return TypeField;
            }
        }

        return (parentType as ComplexTypeDefinition)?.Field(name);
    }

    public void Walk()
    {
        foreach (var r in _rules)
        {
            r.EnterDocument(_context);
        }

        foreach (var definition in _context.Document.Definitions)
        {
            _definition = definition;
            switch (definition)
            {
                case GraphQLOperationDefinition op:
                    WalkOperation(op);
                    break;
                case GraphQLFragmentDefinition f:
                    var type = _context.Schema.Type(f.TypeCondition.Type.Name.StringValue);
                    foreach (var r in _rules)
                    {
                        r.EnterFragmentDefinition(_context, f, type);
                    }

                    WalkDirectives(f.Directives, DirectiveLocations.FragmentDefinition);
                    WalkSelectionSet(f.SelectionSet, Composite(type));
                    break;
            }
        }

        foreach (var r in _rules)
        {
            r.LeaveDocument(_context);
        }
    }

    private void WalkOperation(GraphQLOperationDefinition op)
    {
        foreach (var r in _rules)
        {
            r.EnterOperation(_context, op);
        }

        foreach (var v in op.Variables?.Items ?? [])
        {
            var typeRef = TypeRef.FromAst(v.Type);
            var named = _context.Schema.Type(typeRef.NamedType);
            foreach (var r in _rules)
            {
                r.EnterVariableDefinition(_context, v, named);
            }

            WalkDirectives(v.Directives, DirectiveLocations.VariableDefinition);
            if (v.DefaultValue is { } dv)
            {
                WalkValue(dv, named is { IsInputType: true } ? typeRef : null, new InputPosition(false, true), top: true);
            }
        }

        WalkDirectives(op.Directives, DirectiveLocations.ForOperation(op.Operation));
        var rootName = _context.Schema.RootTypeName(op.Operation switch
        {
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => "query",
        });
        WalkSelectionSet(op.SelectionSet, rootName is null ? null : _context.Schema.Type(rootName));
        foreach (var r in _rules)
        {
            r.LeaveOperation(_context, op);
        }
    }

    private void WalkSelectionSet(GraphQLSelectionSet set, TypeDefinition? parentType)
    {
        foreach (var r in _rules)
        {
            r.EnterSelectionSet(_context, set, parentType);
        }

        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case GraphQLField field:
                    var def = ResolveField(_context.Schema, parentType, field.Name.StringValue);
                    foreach (var r in _rules)
                    {
                        r.EnterField(_context, field, parentType, def);
                    }

                    WalkArguments(field, field.Arguments, new ArgumentOwner(parentType?.Name, field.Name.StringValue, def?.Arguments, false));
                    WalkDirectives(field.Directives, DirectiveLocations.Field);
                    if (field.SelectionSet is { } sub)
                    {
                        WalkSelectionSet(sub, def is null ? null : Composite(_context.Schema.Type(def.Type.NamedType)));
                    }

                    break;
                case GraphQLInlineFragment inline:
                    var type = inline.TypeCondition is { } tc ? _context.Schema.Type(tc.Type.Name.StringValue) : parentType;
                    foreach (var r in _rules)
                    {
                        r.EnterInlineFragment(_context, inline, parentType, type);
                    }

                    WalkDirectives(inline.Directives, DirectiveLocations.InlineFragment);
                    WalkSelectionSet(inline.SelectionSet, Composite(type));
                    break;
                case GraphQLFragmentSpread spread:
                    _context.AddSpread(_definition, spread);
                    foreach (var r in _rules)
                    {
                        r.EnterFragmentSpread(_context, spread, parentType);
                    }

                    WalkDirectives(spread.Directives, DirectiveLocations.FragmentSpread);
                    break;
            }
        }
    }

    private void WalkDirectives(GraphQLDirectives? directives, string location)
    {
        if (directives is null)
        {
            return;
        }

        foreach (var r in _rules)
        {
            r.EnterDirectives(_context, directives, location);
        }

        foreach (var d in directives.Items)
        {
            var name = d.Name.StringValue;
            var def = _context.Schema.DirectiveDefinitions.TryGetValue(name, out var dd) ? dd : null;
            foreach (var r in _rules)
            {
                r.EnterDirective(_context, d, location, def);
            }

            WalkArguments(d, d.Arguments, new ArgumentOwner(null, name, def?.Arguments, true));
        }
    }

    private void WalkArguments(ASTNode owner, GraphQLArguments? arguments, ArgumentOwner target)
    {
        foreach (var r in _rules)
        {
            r.EnterArguments(_context, owner, arguments, target);
        }

        foreach (var a in arguments?.Items ?? [])
        {
            InputValueDefinition? def = null;
            target.Definitions?.TryGetValue(a.Name.StringValue, out def);
            var hasDefault = def?.DefaultValue is { } d && d is not GraphQLNullValue;
            WalkValue(a.Value, def?.Type, new InputPosition(hasDefault, false), top: true);
        }
    }

    private void WalkValue(GraphQLValue value, TypeRef? type, InputPosition position, bool top)
    {
        if (top)
        {
            foreach (var r in _rules)
            {
                r.EnterValue(_context, value, type, position);
            }
        }

        switch (value)
        {
            case GraphQLVariable v:
                if (!position.IsVariableDefault)
                {
                    _context.AddUsage(_definition, new VariableUsage(v, type, position.HasLocationDefault));
                }

                break;
            case GraphQLListValue list:
                var itemType = type?.Nullable is { Kind: TypeRefKind.List } l ? l.OfType : type?.Nullable;
                foreach (var item in list.Values ?? [])
                {
                    WalkValue(item, itemType, position with { HasLocationDefault = false }, top: false);
                }

                break;
            case GraphQLObjectValue obj:
                var inputObject = type is null ? null : _context.Schema.Type(type.NamedType) as InputObjectTypeDefinition;
                foreach (var f in obj.Fields ?? [])
                {
                    InputValueDefinition? fd = null;
                    inputObject?.Fields.TryGetValue(f.Name.StringValue, out fd);
                    var hasDefault = fd?.DefaultValue is { } d && d is not GraphQLNullValue;
                    WalkValue(f.Value, type?.Nullable.Kind == TypeRefKind.List ? null : fd?.Type, position with { HasLocationDefault = hasDefault }, top: false);
                }

                break;
        }
    }

    private static TypeDefinition? Composite(TypeDefinition? t) => TypeRelations.IsComposite(t) ? t : null;

    private static FieldDefinition CreateTypeField()
    {
        var f = new FieldDefinition("__type", TypeRef.Named("__Type"));
        f.Arguments["name"] = new InputValueDefinition("name", TypeRef.NonNullOf(TypeRef.Named("String")));
        return f;
    }
}
