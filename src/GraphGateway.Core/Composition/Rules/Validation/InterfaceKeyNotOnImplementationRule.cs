using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>INTERFACE_KEY_NOT_ON_IMPLEMENTATION</c>: every object implementing an entity interface in a subgraph
/// must carry each of the interface's keys there (federation v2.3 entity interfaces).
/// </summary>
internal sealed class InterfaceKeyNotOnImplementationRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        var schema = subgraph.Schema;
        foreach (var itf in schema.Types.Values.OfType<InterfaceTypeDefinition>())
        {
            foreach (var key in itf.DirectivesNamed("key"))
            {
                var fields = key.StringArgument("fields") ?? "";
                var normalized = Normalize(fields);
                foreach (var obj in schema.Types.Values.OfType<ObjectTypeDefinition>().Where(o => o.Interfaces.Contains(itf.Name)))
                {
                    if (!obj.DirectivesNamed("key").Any(k => Normalize(k.StringArgument("fields") ?? "") == normalized))
                    {
                        context.Error(ErrorCodes.InterfaceKeyNotOnImplementation,
                            $"[{subgraph.Name}] Key @key(fields: \"{fields}\") on interface type \"{itf.Name}\" is missing on implementation type \"{obj.Name}\".",
                            [subgraph.Name], obj.Name);
                    }
                }
            }
        }
    }

    private static string Normalize(string fields) => string.Join(' ', fields.Split([' ', '\n', '\t', ','], StringSplitOptions.RemoveEmptyEntries));
}
