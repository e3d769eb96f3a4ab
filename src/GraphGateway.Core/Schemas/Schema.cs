namespace GraphGateway.Core.Schemas;

/// <summary>
/// A GraphQL type system (GraphQL spec §3): named types, directive definitions, root operation types
/// and schema-level directives. Built by <see cref="SchemaParser"/> or by composition; treat it as
/// read-only once handed to another stage.
/// </summary>
public sealed class Schema
{
    /// <summary>Named types by name, in definition order (built-in scalars included, first).</summary>
    public OrderedDictionary<string, TypeDefinition> Types { get; } = new(StringComparer.Ordinal);

    /// <summary>Directive definitions by name, in definition order (built-ins excluded unless redefined).</summary>
    public OrderedDictionary<string, DirectiveDefinition> DirectiveDefinitions { get; } = new(StringComparer.Ordinal);

    /// <summary>Directives applied to the schema itself (<c>schema @link(...)</c> / <c>extend schema ...</c>).</summary>
    public List<AppliedDirective> SchemaDirectives { get; } = [];

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>The query root type name; <c>Query</c> by default.</summary>
    public string QueryTypeName { get; set; } = "Query";

    /// <summary>The mutation root type name, or null when the schema has no mutation type.</summary>
    public string? MutationTypeName { get; set; }

    /// <summary>The subscription root type name, or null.</summary>
    public string? SubscriptionTypeName { get; set; }

    /// <summary>True when the SDL had an explicit <c>schema { ... }</c> block with root types.</summary>
    public bool HasExplicitSchemaDefinition { get; set; }

    /// <summary>The query root type, or null when undefined.</summary>
    public ObjectTypeDefinition? QueryType => Type(QueryTypeName) as ObjectTypeDefinition;

    /// <summary>The mutation root type, or null.</summary>
    public ObjectTypeDefinition? MutationType => MutationTypeName is null ? null : Type(MutationTypeName) as ObjectTypeDefinition;

    /// <summary>The subscription root type, or null.</summary>
    public ObjectTypeDefinition? SubscriptionType => SubscriptionTypeName is null ? null : Type(SubscriptionTypeName) as ObjectTypeDefinition;

    /// <summary>The type named <paramref name="name"/>, or null.</summary>
    public TypeDefinition? Type(string name) => Types.TryGetValue(name, out var t) ? t : null;

    /// <summary>The root type name for an operation kind (<c>query</c>, <c>mutation</c>, <c>subscription</c>), or null.</summary>
    public string? RootTypeName(string operation) => operation switch
    {
        "query" => QueryTypeName,
        "mutation" => MutationTypeName,
        "subscription" => SubscriptionTypeName,
        _ => null,
    };

    /// <summary>The root type name for an operation of kind <paramref name="kind"/>, or null when the schema has none.</summary>
    public string? RootTypeName(Operations.OperationKind kind) => kind switch
    {
        Operations.OperationKind.Query => QueryTypeName,
        Operations.OperationKind.Mutation => MutationTypeName,
        _ => SubscriptionTypeName,
    };

    /// <summary>True when <paramref name="typeName"/> is a root operation type.</summary>
    public bool IsRootType(string typeName) =>
        typeName == QueryTypeName || typeName == MutationTypeName || typeName == SubscriptionTypeName;

    /// <summary>Adds or replaces a type.</summary>
    public void Add(TypeDefinition type) => Types[type.Name] = type;

    /// <summary>
    /// The object types that are possible for <paramref name="typeName"/> (GraphQL spec §3.7, §3.8):
    /// the type itself for objects, members for unions, implementing objects for interfaces. Sorted by name.
    /// </summary>
    public IReadOnlyList<ObjectTypeDefinition> PossibleTypes(string typeName)
    {
        switch (Type(typeName))
        {
            case ObjectTypeDefinition o:
                return [o];
            case UnionTypeDefinition u:
                return u.Types.Select(Type).OfType<ObjectTypeDefinition>().OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            case InterfaceTypeDefinition i:
                return Types.Values.OfType<ObjectTypeDefinition>().Where(o => o.Interfaces.Contains(i.Name))
                    .OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            default:
                return [];
        }
    }

    /// <summary>True when an object of type <paramref name="objectType"/> is a possible type of <paramref name="abstractOrObject"/>.</summary>
    public bool IsPossibleType(string abstractOrObject, string objectType) => Type(abstractOrObject) switch
    {
        ObjectTypeDefinition o => o.Name == objectType,
        UnionTypeDefinition u => u.Types.Contains(objectType),
        InterfaceTypeDefinition i => Type(objectType) is ComplexTypeDefinition c && c.Interfaces.Contains(i.Name),
        _ => false,
    };

    /// <summary>
    /// The field <paramref name="fieldName"/> on <paramref name="typeName"/>, or null. Does not resolve
    /// <c>__typename</c>, <c>__schema</c> or <c>__type</c>.
    /// </summary>
    public FieldDefinition? Field(string typeName, string fieldName) => (Type(typeName) as ComplexTypeDefinition)?.Field(fieldName);
}
