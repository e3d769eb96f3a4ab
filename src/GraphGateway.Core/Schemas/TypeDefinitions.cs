namespace GraphGateway.Core.Schemas;

/// <summary>The six kinds of named types (GraphQL spec §3.4 "Types").</summary>
public enum TypeKind
{
    /// <summary>A scalar.</summary>
    Scalar,

    /// <summary>An object type.</summary>
    Object,

    /// <summary>An interface.</summary>
    Interface,

    /// <summary>A union.</summary>
    Union,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>An input object type.</summary>
    InputObject,
}

/// <summary>A named type definition. Subclasses per <see cref="TypeKind"/>.</summary>
public abstract class TypeDefinition : SchemaElement
{
    /// <summary>Creates a type definition.</summary>
    protected TypeDefinition(string name) => Name = name;

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The type's kind.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>
    /// True when the SDL contained only <c>extend</c> definitions of this type and no base definition
    /// (Federation 1 subgraphs use this for entities owned elsewhere).
    /// </summary>
    public bool IsExtensionOnly { get; set; }

    /// <summary>True for the five built-in scalars (GraphQL spec §3.5).</summary>
    public bool IsBuiltIn => Kind == TypeKind.Scalar && BuiltIns.IsBuiltInScalar(Name);

    /// <summary>True for output types: scalars, enums, objects, interfaces and unions.</summary>
    public bool IsOutputType => Kind != TypeKind.InputObject;

    /// <summary>True for input types: scalars, enums and input objects.</summary>
    public bool IsInputType => Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for scalars and enums.</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A scalar type (GraphQL spec §3.5).</summary>
public sealed class ScalarTypeDefinition(string name) : TypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy(url:)</c> URL, or null.</summary>
    public string? SpecifiedByUrl => Directive("specifiedBy")?.StringArgument("url");
}

/// <summary>An object or interface type: both have fields and implement interfaces.</summary>
public abstract class ComplexTypeDefinition(string name) : TypeDefinition(name)
{
    /// <summary>Fields in written order, by name.</summary>
    public OrderedDictionary<string, FieldDefinition> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of implemented interfaces, in written order.</summary>
    public List<string> Interfaces { get; } = [];

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public FieldDefinition? Field(string name) => Fields.TryGetValue(name, out var f) ? f : null;
}

/// <summary>An object type (GraphQL spec §3.6).</summary>
public sealed class ObjectTypeDefinition(string name) : ComplexTypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}

/// <summary>An interface type (GraphQL spec §3.7).</summary>
public sealed class InterfaceTypeDefinition(string name) : ComplexTypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}

/// <summary>A union type (GraphQL spec §3.8).</summary>
public sealed class UnionTypeDefinition(string name) : TypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member type names in written order.</summary>
    public List<string> Types { get; } = [];
}

/// <summary>An enum type (GraphQL spec §3.9).</summary>
public sealed class EnumTypeDefinition(string name) : TypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>Values in written order, by name.</summary>
    public OrderedDictionary<string, EnumValueDefinition> Values { get; } = new(StringComparer.Ordinal);
}

/// <summary>An input object type (GraphQL spec §3.10).</summary>
public sealed class InputObjectTypeDefinition(string name) : TypeDefinition(name)
{
    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>Input fields in written order, by name.</summary>
    public OrderedDictionary<string, InputValueDefinition> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>True when <c>@oneOf</c> is applied (GraphQL spec draft, "OneOf Input Objects").</summary>
    public bool IsOneOf => HasDirective("oneOf");
}
