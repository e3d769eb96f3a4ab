using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>KEY_UNSUPPORTED_ON_INTERFACE</c>: <c>@key</c> on an interface needs federation v2.3 or later
/// (entity interfaces), and is never allowed in a Federation 1 subgraph.
/// </summary>
internal sealed class KeyUnsupportedOnInterfaceRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        var v = subgraph.FederationVersion;
        if (v is { Major: 2, Minor: >= 3 })
        {
            return;
        }

        foreach (var itf in subgraph.Schema.Types.Values.OfType<InterfaceTypeDefinition>())
        {
            if (itf.HasDirective("key"))
            {
                context.Error(ErrorCodes.KeyUnsupportedOnInterface,
                    $"[{subgraph.Name}] Cannot use @key on interface \"{itf.Name}\": @key is not yet supported on interfaces (it needs federation v2.3 or later)",
                    [subgraph.Name], itf.Name);
            }
        }
    }
}
