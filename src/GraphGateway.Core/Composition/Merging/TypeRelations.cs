using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>
/// Subtyping between type references as field type merging allows it (Apollo Federation "field
/// type merging": a non-null type is a subtype of its nullable type, an object of the interfaces it
/// implements and the unions containing it, and lists and non-null wrappers propagate subtyping).
/// </summary>
internal sealed class TypeRelations(Func<string, string, bool> implementsOrMember)
{
    /// <summary>True when <paramref name="sub"/> equals <paramref name="super"/> or is a subtype of it.</summary>
    public bool IsSubtype(TypeRef super, TypeRef sub)
    {
        if (super == sub)
        {
            return true;
        }

        if (sub.IsNonNull)
        {
            return super.IsNonNull ? IsSubtype(super.OfType!, sub.OfType!) : IsSubtype(super, sub.OfType!);
        }

        if (super.IsNonNull)
        {
            return false;
        }

        if (super.Kind == TypeRefKind.List && sub.Kind == TypeRefKind.List)
        {
            return IsSubtype(super.OfType!, sub.OfType!);
        }

        if (super.Kind != TypeRefKind.Named || sub.Kind != TypeRefKind.Named)
        {
            return false;
        }

        return super.Name == sub.Name || implementsOrMember(super.Name!, sub.Name!);
    }

    public bool IsStrictSubtype(TypeRef super, TypeRef sub) => super != sub && IsSubtype(super, sub);
}
