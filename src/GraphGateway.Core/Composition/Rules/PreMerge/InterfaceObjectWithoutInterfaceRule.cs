using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PreMerge;

/// <summary>
/// <c>INTERFACE_OBJECT_USAGE_ERROR</c> (across subgraphs): a type marked <c>@interfaceObject</c> must be an
/// interface in some other subgraph.
/// </summary>
internal sealed class InterfaceObjectWithoutInterfaceRule : IPreMergeRule
{
    public void Validate(ValidatedSubgraphs subgraphs, CompositionContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in subgraphs.Subgraphs)
        {
            foreach (var t in s.Schema.Types.Values.Where(t => t.HasDirective("interfaceObject")))
            {
                if (!subgraphs.TypeSources(t.Name).Any(x => x.Type is InterfaceTypeDefinition) && reported.Add(t.Name))
                {
                    var marked = subgraphs.TypeSources(t.Name).Where(x => x.Type.HasDirective("interfaceObject")).Select(x => x.Subgraph.Name).ToList();
                    context.Error(ErrorCodes.InterfaceObjectUsageError,
                        $"Type \"{t.Name}\" is declared with @interfaceObject in all the subgraphs in which it is defined (it is defined in {CompositionContext.Subgraphs(marked)} but should be defined as an interface in at least one subgraph)",
                        marked, t.Name);
                }
            }
        }
    }
}
