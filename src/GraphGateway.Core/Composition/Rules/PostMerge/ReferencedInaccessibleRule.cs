using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary>
/// <c>REFERENCED_INACCESSIBLE</c>: an element visible in the API schema cannot use a type hidden with
/// <c>@inaccessible</c> (inaccessible spec v0.2, "Reference" rules).
/// </summary>
internal sealed class ReferencedInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        var schema = merged.Schema;
        bool Hidden(string typeName) => schema.Type(typeName)?.HasDirective("inaccessible") == true;
        foreach (var t in schema.Types.Values.Where(t => !t.HasDirective("inaccessible")))
        {
            IEnumerable<(string Coordinate, TypeRef Type, SchemaElement Element)> refs = t switch
            {
                ComplexTypeDefinition c => c.Fields.Values.SelectMany(f => new[] { ($"{t.Name}.{f.Name}", f.Type, (SchemaElement)f) }
                    .Concat(f.Arguments.Values.Select(a => ($"{t.Name}.{f.Name}({a.Name}:)", a.Type, (SchemaElement)a)))
                    .Where(x => !f.HasDirective("inaccessible"))),
                InputObjectTypeDefinition io => io.Fields.Values.Select(f => ($"{t.Name}.{f.Name}", f.Type, (SchemaElement)f)),
                _ => [],
            };
            foreach (var (coordinate, type, element) in refs)
            {
                if (!element.HasDirective("inaccessible") && Hidden(type.NamedType))
                {
                    context.Error(ErrorCodes.ReferencedInaccessible,
                        $"Type \"{type.NamedType}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema.",
                        merged.TypeSources.TryGetValue(type.NamedType, out var s) ? s.Select(x => x.Subgraph.Name) : [], coordinate);
                }
            }
        }
    }
}
