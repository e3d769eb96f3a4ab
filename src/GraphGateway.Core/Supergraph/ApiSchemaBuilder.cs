using GraphGateway.Core.Links;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// Derives the API schema (what clients see) from a supergraph schema, as the Apollo Federation
/// supergraph docs define it: every linked feature's machinery (<c>@link</c>/<c>@core</c>, <c>join__*</c>,
/// <c>link__*</c> types and directives, <c>@tag</c>, <c>@inaccessible</c>, <c>@authenticated</c>,
/// <c>@requiresScopes</c>, <c>@policy</c>, <c>@cost</c>, <c>@listSize</c>, ...) is removed, and every element marked
/// <c>@inaccessible</c> (type, field, argument, enum value, input field) is removed together with
/// references to removed types from unions and interface lists. Other directives (<c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>, directives kept by <c>@composeDirective</c>) stay.
/// The input is not modified.
/// </summary>
public static class ApiSchemaBuilder
{
    /// <summary>Builds the API schema of <paramref name="supergraph"/>.</summary>
    /// <exception cref="SchemaException">The result is not a valid schema (e.g. a field's type was removed
    /// although the field is accessible); all problems are listed.</exception>
    public static Schema Build(Schema supergraph)
    {
        var features = LinkedFeature.Read(supergraph);
        var customFeatures = features.Where(f => !IsMachinery(f)).ToList();
        bool IsFeatureDirective(string name) =>
            name is "link" or "core" || features.Where(IsMachinery).Any(f => f.OwnsDirective(name));
        bool IsFeatureType(string name) => features.Any(f => f.OwnsType(name)) && !customFeatures.Any(f => f.OwnsType(name));

        var inaccessible = LinkedFeature.Find(features, "/inaccessible")?.DirectiveName("inaccessible") ?? "inaccessible";
        bool Hidden(SchemaElement e) => e.HasDirective(inaccessible);

        var api = new Schema
        {
            Description = supergraph.Description,
            QueryTypeName = supergraph.QueryTypeName,
            MutationTypeName = supergraph.MutationTypeName,
            SubscriptionTypeName = supergraph.SubscriptionTypeName,
        };

        foreach (var d in supergraph.DirectiveDefinitions.Values)
        {
            if (!IsFeatureDirective(d.Name))
            {
                api.DirectiveDefinitions[d.Name] = d;
            }
        }

        var removedTypes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in supergraph.Types.Values)
        {
            if (IsFeatureType(t.Name) || Hidden(t))
            {
                removedTypes.Add(t.Name);
            }
        }

        List<AppliedDirective> KeepDirectives(SchemaElement e) => e.Directives.Where(d => !IsFeatureDirective(d.Name)).ToList();

        foreach (var t in supergraph.Types.Values)
        {
            if (removedTypes.Contains(t.Name))
            {
                continue;
            }

            TypeDefinition copy;
            switch (t)
            {
                case ComplexTypeDefinition c:
                    var cc = c.Kind == TypeKind.Object ? (ComplexTypeDefinition)new ObjectTypeDefinition(c.Name) : new InterfaceTypeDefinition(c.Name);
                    cc.Interfaces.AddRange(c.Interfaces.Where(i => !removedTypes.Contains(i)));
                    foreach (var f in c.Fields.Values.Where(f => !Hidden(f)))
                    {
                        var fc = new FieldDefinition(f.Name, f.Type) { Description = f.Description, Location = f.Location };
                        fc.Directives.AddRange(KeepDirectives(f));
                        foreach (var a in f.Arguments.Values.Where(a => !Hidden(a)))
                        {
                            fc.Arguments[a.Name] = CopyInput(a, KeepDirectives(a));
                        }

                        cc.Fields[f.Name] = fc;
                    }

                    copy = cc;
                    break;
                case UnionTypeDefinition u:
                    var uc = new UnionTypeDefinition(u.Name);
                    uc.Types.AddRange(u.Types.Where(m => !removedTypes.Contains(m)));
                    copy = uc;
                    break;
                case EnumTypeDefinition e:
                    var ec = new EnumTypeDefinition(e.Name);
                    foreach (var v in e.Values.Values.Where(v => !Hidden(v)))
                    {
                        var vc = new EnumValueDefinition(v.Name) { Description = v.Description, Location = v.Location };
                        vc.Directives.AddRange(KeepDirectives(v));
                        ec.Values[v.Name] = vc;
                    }

                    copy = ec;
                    break;
                case InputObjectTypeDefinition io:
                    var ic = new InputObjectTypeDefinition(io.Name);
                    foreach (var f in io.Fields.Values.Where(f => !Hidden(f)))
                    {
                        ic.Fields[f.Name] = CopyInput(f, KeepDirectives(f));
                    }

                    copy = ic;
                    break;
                default:
                    copy = new ScalarTypeDefinition(t.Name);
                    break;
            }

            copy.Description = t.Description;
            copy.Location = t.Location;
            copy.Directives.AddRange(KeepDirectives(t));
            api.Add(copy);
        }

        var errors = new List<SchemaError>();
        new SchemaReferenceChecker(api, errors).Check();
        return errors.Count > 0 ? throw new SchemaException(errors) : api;
    }

    private static InputValueDefinition CopyInput(InputValueDefinition a, List<AppliedDirective> directives)
    {
        var copy = new InputValueDefinition(a.Name, a.Type, a.DefaultValue) { Description = a.Description, Location = a.Location };
        copy.Directives.AddRange(directives);
        return copy;
    }

    /// <summary>
    /// Features whose directives are gateway machinery rather than part of the API: link, core, join,
    /// tag, inaccessible, authenticated, requiresScopes, policy, cost, context and the federation spec.
    /// Features linked by <c>@composeDirective</c> (any other URL) keep their directives.
    /// </summary>
    private static bool IsMachinery(LinkedFeature f) =>
        f.Identity.StartsWith("https://specs.apollo.dev/", StringComparison.Ordinal)
        || f.SpecName is "link" or "core" or "join" or "tag" or "inaccessible";
}
