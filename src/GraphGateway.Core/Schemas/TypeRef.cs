using GraphQLParser.AST;

namespace GraphGateway.Core.Schemas;

/// <summary>The kind of a <see cref="TypeRef"/> wrapper.</summary>
public enum TypeRefKind
{
    /// <summary>A named type such as <c>String</c>.</summary>
    Named,

    /// <summary>A list wrapper <c>[T]</c>.</summary>
    List,

    /// <summary>A non-null wrapper <c>T!</c>.</summary>
    NonNull,
}

/// <summary>
/// A reference to a type as written in a field or argument definition: a named type wrapped in any
/// number of list and non-null wrappers (GraphQL spec §3.4 "Type References"). Immutable; equal when
/// the printed forms are equal.
/// </summary>
public sealed record TypeRef
{
    private TypeRef(TypeRefKind kind, string? name, TypeRef? ofType)
    {
        Kind = kind;
        Name = name;
        OfType = ofType;
    }

    /// <summary>Which wrapper (or the named type itself) this is.</summary>
    public TypeRefKind Kind { get; }

    /// <summary>The type name when <see cref="Kind"/> is <see cref="TypeRefKind.Named"/>; otherwise null.</summary>
    public string? Name { get; }

    /// <summary>The wrapped type for list and non-null wrappers; otherwise null.</summary>
    public TypeRef? OfType { get; }

    /// <summary>The innermost named type's name, e.g. <c>Product</c> for <c>[Product!]!</c>.</summary>
    public string NamedType => Kind == TypeRefKind.Named ? Name! : OfType!.NamedType;

    /// <summary>True for <c>T!</c>.</summary>
    public bool IsNonNull => Kind == TypeRefKind.NonNull;

    /// <summary>True when the type, ignoring an outer non-null, is a list.</summary>
    public bool IsList => Kind == TypeRefKind.List || (Kind == TypeRefKind.NonNull && OfType!.Kind == TypeRefKind.List);

    /// <summary>The type without an outer non-null wrapper (itself when nullable).</summary>
    public TypeRef Nullable => Kind == TypeRefKind.NonNull ? OfType! : this;

    /// <summary>Creates a named type reference.</summary>
    public static TypeRef Named(string name) => new(TypeRefKind.Named, name, null);

    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public static TypeRef ListOf(TypeRef ofType) => new(TypeRefKind.List, null, ofType);

    /// <summary>Wraps <paramref name="ofType"/> in non-null; an already non-null type is returned as is.</summary>
    public static TypeRef NonNullOf(TypeRef ofType) => ofType.IsNonNull ? ofType : new(TypeRefKind.NonNull, null, ofType);

    /// <summary>Converts a parser type node.</summary>
    /// <exception cref="ArgumentException">The node is not a named, list or non-null type.</exception>
    public static TypeRef FromAst(GraphQLType type) => type switch
    {
        GraphQLNamedType n => Named(n.Name.StringValue),
        GraphQLListType l => ListOf(FromAst(l.Type)),
        GraphQLNonNullType nn => NonNullOf(FromAst(nn.Type)),
        _ => throw new ArgumentException($"Unknown type node {type.Kind}.", nameof(type)),
    };

    /// <summary>Parses the printed form, e.g. <c>[Int!]!</c>.</summary>
    /// <exception cref="FormatException">The text is not a type reference.</exception>
    public static TypeRef Parse(string text)
    {
        var pos = 0;
        var result = ParseAt(text.Trim(), ref pos);
        if (pos != text.Trim().Length)
        {
            throw new FormatException($"'{text}' is not a type reference.");
        }

        return result;
    }

    private static TypeRef ParseAt(string s, ref int pos)
    {
        TypeRef inner;
        if (pos < s.Length && s[pos] == '[')
        {
            pos++;
            inner = ListOf(ParseAt(s, ref pos));
            if (pos >= s.Length || s[pos] != ']')
            {
                throw new FormatException($"'{s}' is not a type reference: missing ']'.");
            }

            pos++;
        }
        else
        {
            var start = pos;
            while (pos < s.Length && (char.IsLetterOrDigit(s[pos]) || s[pos] == '_'))
            {
                pos++;
            }

            if (start == pos)
            {
                throw new FormatException($"'{s}' is not a type reference.");
            }

            inner = Named(s[start..pos]);
        }

        if (pos < s.Length && s[pos] == '!')
        {
            pos++;
            return NonNullOf(inner);
        }

        return inner;
    }

    /// <summary>Builds the parser node for this reference.</summary>
    public GraphQLType ToAst() => Kind switch
    {
        TypeRefKind.Named => new GraphQLNamedType(new GraphQLName(Name!)),
        TypeRefKind.List => new GraphQLListType(OfType!.ToAst()),
        _ => new GraphQLNonNullType(OfType!.ToAst()),
    };

    /// <summary>The SDL form, e.g. <c>[Product!]!</c>.</summary>
    public override string ToString() => Kind switch
    {
        TypeRefKind.Named => Name!,
        TypeRefKind.List => "[" + OfType + "]",
        _ => OfType + "!",
    };
}
