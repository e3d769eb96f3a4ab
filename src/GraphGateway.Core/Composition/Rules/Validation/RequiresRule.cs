using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>REQUIRES_INVALID_FIELDS</c>, <c>REQUIRES_FIELDS_MISSING_EXTERNAL</c>: <c>@requires</c> selects fields of its
/// own type that this subgraph marks <c>@external</c> (Apollo Federation subgraph spec, "@requires").
/// </summary>
internal sealed class RequiresRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        var schema = subgraph.Schema;
        foreach (var type in schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var field in type.Fields.Values)
            {
                var requires = field.Directive("requires");
                if (requires is null)
                {
                    continue;
                }

                var coordinate = $"{type.Name}.{field.Name}";
                var text = requires.StringArgument("fields");
                var set = FieldSetValidator.Validate(subgraph, context, "@requires", coordinate, type.Name, text, ErrorCodes.RequiresInvalidFields);
                if (set is null)
                {
                    continue;
                }

                foreach (var (parent, f, _, topLevel) in FieldSetValidator.Fields(schema, type.Name, set.Selections))
                {
                    if (topLevel && !subgraph.IsExternal(schema.Type(parent)!, f))
                    {
                        context.Error(ErrorCodes.RequiresFieldsMissingExternal,
                            $"[{subgraph.Name}] On field \"{coordinate}\", for @requires(fields: \"{text}\"): field \"{parent}.{f.Name}\" should not be part of a @requires since it is already provided by this subgraph (it is not marked @external)",
                            [subgraph.Name], coordinate);
                    }
                }
            }
        }
    }
}
