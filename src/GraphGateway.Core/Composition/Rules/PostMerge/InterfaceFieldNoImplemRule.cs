using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary>
/// <c>INTERFACE_FIELD_NO_IMPLEM</c>: after merging, every object implementing an interface has each of its
/// fields (a field added to the interface in one subgraph must be implemented by all its implementations).
/// </summary>
internal sealed class InterfaceFieldNoImplemRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        foreach (var obj in merged.Schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var i in obj.Interfaces)
            {
                if (merged.Schema.Type(i) is not InterfaceTypeDefinition itf)
                {
                    continue;
                }

                foreach (var f in itf.Fields.Values.Where(f => !obj.Fields.ContainsKey(f.Name)))
                {
                    var definers = merged.FieldSources.TryGetValue((itf.Name, f.Name), out var s) ? s.Select(x => x.Subgraph.Name).ToList() : [];
                    var objSubgraphs = merged.TypeSources[obj.Name].Select(x => x.Subgraph.Name).ToList();
                    context.Error(ErrorCodes.InterfaceFieldNoImplem,
                        $"Interface field \"{itf.Name}.{f.Name}\" is declared in {CompositionContext.Subgraphs(definers)} but type \"{obj.Name}\", which implements \"{itf.Name}\" only in {CompositionContext.Subgraphs(objSubgraphs)}, does not have field \"{f.Name}\".",
                        definers.Concat(objSubgraphs), $"{obj.Name}.{f.Name}");
                }
            }
        }
    }
}
