using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary><c>INTERFACE_OBJECT_USAGE_ERROR</c> (per subgraph): an <c>@interfaceObject</c> type must be an entity (have a <c>@key</c>).</summary>
internal sealed class InterfaceObjectUsageRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        foreach (var type in subgraph.Schema.Types.Values.OfType<ObjectTypeDefinition>())
        {
            if (type.HasDirective("interfaceObject") && !type.HasDirective("key"))
            {
                context.Error(ErrorCodes.InterfaceObjectUsageError,
                    $"[{subgraph.Name}] The @interfaceObject directive can only be applied to entity types but type \"{type.Name}\" has no @key in this subgraph.",
                    [subgraph.Name], type.Name);
            }
        }
    }
}
