using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Federation;

/// <summary>
/// Translates Federation 1 conventions into Federation 2 terms, as the reference composition's
/// schema upgrader does: <c>@extends</c> means a type extension; key fields of type extensions are
/// resolvable here (their <c>@external</c> is dropped); <c>@external</c> fields that no key, requires or
/// provides selects are removed; every object field is shareable (Federation 1 had no <c>@shareable</c>).
/// </summary>
internal static class Federation1Upgrade
{
    public static void Apply(Subgraph subgraph)
    {
        var schema = subgraph.Schema;
        foreach (var t in schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            var isExtension = t.IsExtensionOnly || t.HasDirective("extends");
            t.Directives.RemoveAll(d => d.Name == "extends");
            if (isExtension)
            {
                foreach (var name in FieldSetUsage.KeyFieldNames(schema, t))
                {
                    t.Field(name)?.Directives.RemoveAll(d => d.Name == "external");
                }
            }
        }

        var used = FieldSetUsage.Selected(schema);
        foreach (var t in schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var f in t.Fields.Values.ToList())
            {
                if (f.HasDirective("external") && !used.Contains((t.Name, f.Name)))
                {
                    t.Fields.Remove(f.Name);
                }
            }

            if (t is ObjectTypeDefinition)
            {
                foreach (var f in t.Fields.Values)
                {
                    if (!f.HasDirective("shareable"))
                    {
                        f.Directives.Add(new AppliedDirective("shareable"));
                    }
                }
            }
        }
    }
}
