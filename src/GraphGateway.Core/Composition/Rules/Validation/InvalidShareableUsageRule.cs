using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary><c>INVALID_SHAREABLE_USAGE</c>: <c>@shareable</c> applies to object types and their fields, not to interface fields.</summary>
internal sealed class InvalidShareableUsageRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        if (subgraph.IsFederation1)
        {
            return;
        }

        foreach (var itf in subgraph.Schema.Types.Values.OfType<InterfaceTypeDefinition>())
        {
            foreach (var f in itf.Fields.Values.Where(f => f.HasDirective("shareable")))
            {
                var coordinate = $"{itf.Name}.{f.Name}";
                context.Error(ErrorCodes.InvalidShareableUsage,
                    $"[{subgraph.Name}] Invalid use of @shareable on field \"{coordinate}\": only object type fields can be marked with @shareable",
                    [subgraph.Name], coordinate);
            }
        }
    }
}
