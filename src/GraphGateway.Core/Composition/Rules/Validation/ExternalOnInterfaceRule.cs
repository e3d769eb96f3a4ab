using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary><c>EXTERNAL_ON_INTERFACE</c>: interface fields cannot be <c>@external</c> (only object fields are resolved).</summary>
internal sealed class ExternalOnInterfaceRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        foreach (var itf in subgraph.Schema.Types.Values.OfType<InterfaceTypeDefinition>())
        {
            foreach (var f in itf.Fields.Values.Where(f => f.HasDirective("external")))
            {
                var coordinate = $"{itf.Name}.{f.Name}";
                context.Error(ErrorCodes.ExternalOnInterface,
                    $"[{subgraph.Name}] Interface type field \"{coordinate}\" is marked @external but @external is not allowed on interface fields.",
                    [subgraph.Name], coordinate);
            }
        }
    }
}
