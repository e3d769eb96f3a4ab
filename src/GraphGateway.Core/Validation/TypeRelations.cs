using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Validation;

/// <summary>Type comparisons the validation rules need (GraphQL spec §5.5.2.3, §5.8.5, §5.3.2).</summary>
internal static class TypeRelations
{
    /// <summary>True when a value of <paramref name="maybeSub"/> can be used where <paramref name="super"/> is expected (graphql-js isTypeSubTypeOf).</summary>
    public static bool IsSubType(Schema schema, TypeRef maybeSub, TypeRef super)
    {
        if (maybeSub == super)
        {
            return true;
        }

        if (super.IsNonNull)
        {
            return maybeSub.IsNonNull && IsSubType(schema, maybeSub.OfType!, super.OfType!);
        }

        if (maybeSub.IsNonNull)
        {
            return IsSubType(schema, maybeSub.OfType!, super);
        }

        if (super.Kind == TypeRefKind.List)
        {
            return maybeSub.Kind == TypeRefKind.List && IsSubType(schema, maybeSub.OfType!, super.OfType!);
        }

        if (maybeSub.Kind == TypeRefKind.List)
        {
            return false;
        }

        return schema.Type(super.Name!) is { IsAbstract: true } && schema.IsPossibleType(super.Name!, maybeSub.Name!);
    }

    /// <summary>True when some object type is possible for both composite types.</summary>
    public static bool Overlap(Schema schema, TypeDefinition a, TypeDefinition b)
    {
        if (a.Name == b.Name)
        {
            return true;
        }

        if (a.IsAbstract)
        {
            if (b.IsAbstract)
            {
                var possibleB = schema.PossibleTypes(b.Name).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
                return schema.PossibleTypes(a.Name).Any(t => possibleB.Contains(t.Name));
            }

            return schema.IsPossibleType(a.Name, b.Name);
        }

        return b.IsAbstract && schema.IsPossibleType(b.Name, a.Name);
    }

    /// <summary>True for object, interface and union types.</summary>
    public static bool IsComposite(TypeDefinition? t) => t?.Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;
}
