using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>
/// Renames custom root operation types (<c>schema { query: RootQuery }</c>) to the default names
/// <c>Query</c>, <c>Mutation</c>, <c>Subscription</c>, as the supergraph always uses the defaults; every reference
/// to the old name (field, argument and input field types, union members, implemented interfaces) follows.
/// </summary>
internal static class RootTypeRenamer
{
    public static void Apply(Schema schema)
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal);
        void Plan(string? current, string wanted)
        {
            if (current is not null && current != wanted && schema.Type(current) is ObjectTypeDefinition && schema.Type(wanted) is null)
            {
                renames[current] = wanted;
            }
        }

        Plan(schema.QueryTypeName, "Query");
        Plan(schema.MutationTypeName, "Mutation");
        Plan(schema.SubscriptionTypeName, "Subscription");
        if (renames.Count == 0)
        {
            return;
        }

        var types = schema.Types.Values.ToList();
        schema.Types.Clear();
        foreach (var t in types)
        {
            var copy = renames.TryGetValue(t.Name, out var newName) ? Copy((ObjectTypeDefinition)t, newName) : t;
            schema.Add(copy);
        }

        foreach (var t in schema.Types.Values)
        {
            switch (t)
            {
                case ComplexTypeDefinition c:
                    for (var i = 0; i < c.Interfaces.Count; i++)
                    {
                        c.Interfaces[i] = renames.GetValueOrDefault(c.Interfaces[i], c.Interfaces[i]);
                    }

                    foreach (var f in c.Fields.Values)
                    {
                        f.Type = Rename(f.Type, renames);
                        foreach (var a in f.Arguments.Values)
                        {
                            a.Type = Rename(a.Type, renames);
                        }
                    }

                    break;
                case UnionTypeDefinition u:
                    for (var i = 0; i < u.Types.Count; i++)
                    {
                        u.Types[i] = renames.GetValueOrDefault(u.Types[i], u.Types[i]);
                    }

                    break;
            }
        }

        schema.QueryTypeName = renames.GetValueOrDefault(schema.QueryTypeName, schema.QueryTypeName);
        schema.MutationTypeName = schema.MutationTypeName is null ? null : renames.GetValueOrDefault(schema.MutationTypeName, schema.MutationTypeName);
        schema.SubscriptionTypeName = schema.SubscriptionTypeName is null ? null : renames.GetValueOrDefault(schema.SubscriptionTypeName, schema.SubscriptionTypeName);
    }

    private static ObjectTypeDefinition Copy(ObjectTypeDefinition t, string name)
    {
        var copy = new ObjectTypeDefinition(name) { Description = t.Description, Location = t.Location, IsExtensionOnly = t.IsExtensionOnly };
        copy.Directives.AddRange(t.Directives);
        copy.Interfaces.AddRange(t.Interfaces);
        foreach (var (k, f) in t.Fields)
        {
            copy.Fields[k] = f;
        }

        return copy;
    }

    private static TypeRef Rename(TypeRef type, Dictionary<string, string> renames) => type.Kind switch
    {
        TypeRefKind.Named => renames.TryGetValue(type.Name!, out var n) ? TypeRef.Named(n) : type,
        TypeRefKind.List => TypeRef.ListOf(Rename(type.OfType!, renames)),
        _ => TypeRef.NonNullOf(Rename(type.OfType!, renames)),
    };
}
