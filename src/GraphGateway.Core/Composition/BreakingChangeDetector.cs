using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition;

/// <summary>One change to an API schema that can break existing clients.</summary>
/// <param name="Code">What kind: <c>TYPE_REMOVED</c>, <c>TYPE_KIND_CHANGED</c>, <c>FIELD_REMOVED</c>, <c>FIELD_TYPE_CHANGED</c>,
/// <c>ARGUMENT_REMOVED</c>, <c>ARGUMENT_TYPE_CHANGED</c>, <c>REQUIRED_ARGUMENT_ADDED</c>, <c>ENUM_VALUE_REMOVED</c>,
/// <c>UNION_MEMBER_REMOVED</c>, <c>INTERFACE_REMOVED</c>, <c>INPUT_FIELD_REMOVED</c>, <c>INPUT_FIELD_TYPE_CHANGED</c>,
/// <c>REQUIRED_INPUT_FIELD_ADDED</c>, <c>ROOT_TYPE_REMOVED</c>.</param>
/// <param name="Coordinate">The schema coordinate (<c>Type</c>, <c>Type.field</c>, <c>Type.field(arg:)</c>).</param>
/// <param name="Message">A sentence naming the coordinate and the old and new shapes.</param>
public sealed record BreakingChange(string Code, string Coordinate, string Message)
{
    /// <summary><c>[CODE] message</c>.</summary>
    public override string ToString() => $"[{Code}] {Message}";
}

/// <summary>
/// Lists the changes from one API schema to another that break existing operations: removed types,
/// fields, arguments, enum values, union members and interfaces; changed kinds; output types that are no
/// longer a subtype of the old type (e.g. <c>String!</c> → <c>String</c>, <c>Int</c> → <c>String</c>); argument and input field
/// types that accept less (e.g. <c>Int</c> → <c>Int!</c>); new required arguments and input fields. Additions and
/// safe tightenings (output <c>String</c> → <c>String!</c>, input <c>Int!</c> → <c>Int</c>) are not listed. Results are sorted by coordinate.
/// </summary>
public static class BreakingChangeDetector
{
    /// <summary>Compares <paramref name="oldApi"/> with <paramref name="newApi"/>.</summary>
    public static IReadOnlyList<BreakingChange> Detect(Schema oldApi, Schema newApi)
    {
        var changes = new List<BreakingChange>();
        foreach (var (op, oldRoot, newRoot) in new[]
        {
            ("mutation", oldApi.MutationTypeName, newApi.MutationTypeName),
            ("subscription", oldApi.SubscriptionTypeName, newApi.SubscriptionTypeName),
        })
        {
            if (oldRoot is not null && newRoot is null)
            {
                changes.Add(new("ROOT_TYPE_REMOVED", oldRoot, $"The {op} root type {oldRoot} was removed."));
            }
        }

        foreach (var oldType in oldApi.Types.Values.Where(t => !t.IsBuiltIn))
        {
            var newType = newApi.Type(oldType.Name);
            if (newType is null)
            {
                changes.Add(new("TYPE_REMOVED", oldType.Name, $"Type {oldType.Name} was removed."));
                continue;
            }

            if (newType.Kind != oldType.Kind)
            {
                changes.Add(new("TYPE_KIND_CHANGED", oldType.Name, $"Type {oldType.Name} changed from {oldType.Kind} to {newType.Kind}."));
                continue;
            }

            switch (oldType)
            {
                case ComplexTypeDefinition oc:
                    CompareComplex(oc, (ComplexTypeDefinition)newType, changes);
                    break;
                case EnumTypeDefinition oe:
                    foreach (var v in oe.Values.Keys.Where(v => !((EnumTypeDefinition)newType).Values.ContainsKey(v)))
                    {
                        changes.Add(new("ENUM_VALUE_REMOVED", $"{oe.Name}.{v}", $"Enum value {oe.Name}.{v} was removed."));
                    }

                    break;
                case UnionTypeDefinition ou:
                    foreach (var m in ou.Types.Where(m => !((UnionTypeDefinition)newType).Types.Contains(m)))
                    {
                        changes.Add(new("UNION_MEMBER_REMOVED", ou.Name, $"Type {m} was removed from union {ou.Name}."));
                    }

                    break;
                case InputObjectTypeDefinition oi:
                    CompareInput(oi, (InputObjectTypeDefinition)newType, changes);
                    break;
            }
        }

        return changes.OrderBy(c => c.Coordinate, StringComparer.Ordinal).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    private static void CompareComplex(ComplexTypeDefinition oldType, ComplexTypeDefinition newType, List<BreakingChange> changes)
    {
        foreach (var i in oldType.Interfaces.Where(i => !newType.Interfaces.Contains(i)))
        {
            changes.Add(new("INTERFACE_REMOVED", oldType.Name, $"Type {oldType.Name} no longer implements {i}."));
        }

        foreach (var oldField in oldType.Fields.Values)
        {
            var coordinate = $"{oldType.Name}.{oldField.Name}";
            var newField = newType.Field(oldField.Name);
            if (newField is null)
            {
                changes.Add(new("FIELD_REMOVED", coordinate, $"Field {coordinate} was removed."));
                continue;
            }

            if (!IsSafeOutputChange(oldField.Type, newField.Type))
            {
                changes.Add(new("FIELD_TYPE_CHANGED", coordinate, $"Field {coordinate} changed type from {oldField.Type} to {newField.Type}."));
            }

            foreach (var oldArg in oldField.Arguments.Values)
            {
                var argCoordinate = $"{coordinate}({oldArg.Name}:)";
                if (!newField.Arguments.TryGetValue(oldArg.Name, out var newArg))
                {
                    changes.Add(new("ARGUMENT_REMOVED", argCoordinate, $"Argument {argCoordinate} was removed."));
                }
                else if (!IsSafeInputChange(oldArg.Type, newArg.Type))
                {
                    changes.Add(new("ARGUMENT_TYPE_CHANGED", argCoordinate, $"Argument {argCoordinate} changed type from {oldArg.Type} to {newArg.Type}."));
                }
            }

            foreach (var newArg in newField.Arguments.Values.Where(a => !oldField.Arguments.ContainsKey(a.Name) && a.Type.IsNonNull && a.DefaultValue is null))
            {
                var argCoordinate = $"{coordinate}({newArg.Name}:)";
                changes.Add(new("REQUIRED_ARGUMENT_ADDED", argCoordinate, $"Required argument {argCoordinate} of type {newArg.Type} was added."));
            }
        }
    }

    private static void CompareInput(InputObjectTypeDefinition oldType, InputObjectTypeDefinition newType, List<BreakingChange> changes)
    {
        foreach (var oldField in oldType.Fields.Values)
        {
            var coordinate = $"{oldType.Name}.{oldField.Name}";
            if (!newType.Fields.TryGetValue(oldField.Name, out var newField))
            {
                changes.Add(new("INPUT_FIELD_REMOVED", coordinate, $"Input field {coordinate} was removed."));
            }
            else if (!IsSafeInputChange(oldField.Type, newField.Type))
            {
                changes.Add(new("INPUT_FIELD_TYPE_CHANGED", coordinate, $"Input field {coordinate} changed type from {oldField.Type} to {newField.Type}."));
            }
        }

        foreach (var f in newType.Fields.Values.Where(f => !oldType.Fields.ContainsKey(f.Name) && f.Type.IsNonNull && f.DefaultValue is null))
        {
            var coordinate = $"{newType.Name}.{f.Name}";
            changes.Add(new("REQUIRED_INPUT_FIELD_ADDED", coordinate, $"Required input field {coordinate} of type {f.Type} was added."));
        }
    }

    /// <summary>An output type may gain non-null wrappers; lists and names must stay.</summary>
    private static bool IsSafeOutputChange(TypeRef oldType, TypeRef newType)
    {
        if (oldType == newType)
        {
            return true;
        }

        if (newType.IsNonNull && !oldType.IsNonNull)
        {
            return IsSafeOutputChange(oldType, newType.OfType!);
        }

        if (oldType.Kind != newType.Kind)
        {
            return false;
        }

        return oldType.Kind switch
        {
            TypeRefKind.Named => oldType.Name == newType.Name,
            _ => IsSafeOutputChange(oldType.OfType!, newType.OfType!),
        };
    }

    /// <summary>An input type may lose non-null wrappers; lists and names must stay.</summary>
    private static bool IsSafeInputChange(TypeRef oldType, TypeRef newType) => IsSafeOutputChange(newType, oldType);
}
