using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>
/// Which fields a subgraph's field sets select: <c>@key</c> and <c>@requires</c> select on their own type,
/// <c>@provides</c> on the field's return type. Used for <c>EXTERNAL_UNUSED</c>, key-field shareability
/// and Federation 1 upgrades.
/// </summary>
internal static class FieldSetUsage
{
    /// <summary>(type, field) pairs selected by any key, requires or provides in <paramref name="schema"/>.</summary>
    public static HashSet<(string Type, string Field)> Selected(Schema schema, bool keys = true, bool requires = true, bool provides = true)
    {
        var used = new HashSet<(string, string)>();
        foreach (var t in schema.Types.Values)
        {
            if (keys)
            {
                foreach (var k in t.DirectivesNamed("key"))
                {
                    Walk(schema, t.Name, k.StringArgument("fields"), used);
                }
            }

            if (t is not ComplexTypeDefinition c)
            {
                continue;
            }

            foreach (var f in c.Fields.Values)
            {
                if (requires)
                {
                    foreach (var r in f.DirectivesNamed("requires"))
                    {
                        Walk(schema, t.Name, r.StringArgument("fields"), used);
                    }
                }

                if (provides)
                {
                    foreach (var p in f.DirectivesNamed("provides"))
                    {
                        Walk(schema, f.Type.NamedType, p.StringArgument("fields"), used);
                    }
                }
            }
        }

        return used;
    }

    /// <summary>Top-level field names of the keys of <paramref name="type"/>.</summary>
    public static HashSet<string> KeyFieldNames(Schema schema, TypeDefinition type, bool resolvableOnly = false)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in type.DirectivesNamed("key"))
        {
            if (resolvableOnly && !k.BooleanArgument("resolvable", true))
            {
                continue;
            }

            var set = FieldSet.TryParse(k.StringArgument("fields") ?? "", out _);
            foreach (var s in set?.Selections ?? [])
            {
                if (!s.IsInlineFragment)
                {
                    names.Add(s.Name);
                }
            }
        }

        return names;
    }

    /// <summary>Every (type, field) pair the key field sets of <paramref name="type"/> select, nested ones included.</summary>
    public static HashSet<(string Type, string Field)> KeyFields(Schema schema, TypeDefinition type)
    {
        var used = new HashSet<(string, string)>();
        foreach (var k in type.DirectivesNamed("key"))
        {
            Walk(schema, type.Name, k.StringArgument("fields"), used);
        }

        return used;
    }

    public static void Walk(Schema schema, string typeName, string? fields, HashSet<(string, string)> used)
    {
        if (fields is null)
        {
            return;
        }

        var set = FieldSet.TryParse(fields, out _);
        if (set is not null)
        {
            Walk(schema, typeName, set.Selections, used);
        }
    }

    private static void Walk(Schema schema, string typeName, IReadOnlyList<FieldSetSelection> selections, HashSet<(string, string)> used)
    {
        foreach (var s in selections)
        {
            if (s.IsInlineFragment)
            {
                Walk(schema, s.TypeCondition ?? typeName, s.Children, used);
                continue;
            }

            used.Add((typeName, s.Name));
            var field = schema.Field(typeName, s.Name);
            if (field is not null && s.Children.Count > 0)
            {
                Walk(schema, field.Type.NamedType, s.Children, used);
            }
        }
    }
}
