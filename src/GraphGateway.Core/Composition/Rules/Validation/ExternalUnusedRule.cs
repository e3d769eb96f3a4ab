using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>EXTERNAL_UNUSED</c>: an <c>@external</c> field must be used by a <c>@key</c>, <c>@requires</c> or
/// <c>@provides</c> of this subgraph, or be needed to implement an interface (Federation 2 only;
/// Federation 1 unused externals are dropped on upgrade).
/// </summary>
internal sealed class ExternalUnusedRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        if (subgraph.IsFederation1)
        {
            return;
        }

        var schema = subgraph.Schema;
        var used = FieldSetUsage.Selected(schema);
        foreach (var type in schema.Types.Values.OfType<ObjectTypeDefinition>())
        {
            foreach (var field in type.Fields.Values)
            {
                if (!subgraph.IsExternal(type, field) || used.Contains((type.Name, field.Name)))
                {
                    continue;
                }

                if (type.Interfaces.Any(i => schema.Field(i, field.Name) is not null))
                {
                    continue;
                }

                var coordinate = $"{type.Name}.{field.Name}";
                context.Error(ErrorCodes.ExternalUnused,
                    $"[{subgraph.Name}] Field \"{coordinate}\" is marked @external but is not used in any federation directive (@key, @provides, @requires) or to satisfy an interface; the field declaration has no use and should be removed (or the field should not be @external).",
                    [subgraph.Name], coordinate);
            }
        }
    }
}
