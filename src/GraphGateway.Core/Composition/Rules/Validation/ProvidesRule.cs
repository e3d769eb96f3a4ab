using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>PROVIDES_ON_NON_OBJECT_FIELD</c>, <c>PROVIDES_INVALID_FIELDS</c>, <c>PROVIDES_FIELDS_HAS_ARGS</c>,
/// <c>PROVIDES_FIELDS_MISSING_EXTERNAL</c>: <c>@provides</c> goes on a field returning an object or interface,
/// and selects fields of that type that this subgraph marks <c>@external</c> (Apollo Federation subgraph spec, "@provides").
/// </summary>
internal sealed class ProvidesRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        var schema = subgraph.Schema;
        foreach (var type in schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var field in type.Fields.Values)
            {
                var provides = field.Directive("provides");
                if (provides is null)
                {
                    continue;
                }

                var coordinate = $"{type.Name}.{field.Name}";
                var text = provides.StringArgument("fields");
                if (schema.Type(field.Type.NamedType) is not ComplexTypeDefinition target)
                {
                    context.Error(ErrorCodes.ProvidesOnNonObjectField,
                        $"[{subgraph.Name}] Invalid @provides directive on field \"{coordinate}\": field has type \"{field.Type}\" which is not a Composite Type",
                        [subgraph.Name], coordinate);
                    continue;
                }

                var set = FieldSetValidator.Validate(subgraph, context, "@provides", coordinate, target.Name, text, ErrorCodes.ProvidesInvalidFields);
                if (set is null)
                {
                    continue;
                }

                foreach (var (parent, f, _, topLevel) in FieldSetValidator.Fields(schema, target.Name, set.Selections))
                {
                    var parentType = schema.Type(parent)!;
                    if (f.Arguments.Count > 0)
                    {
                        context.Error(ErrorCodes.ProvidesFieldsHasArgs,
                            $"[{subgraph.Name}] On field \"{coordinate}\", for @provides(fields: \"{text}\"): field \"{parent}.{f.Name}\" cannot be included because it has arguments (fields with argument are not allowed in @provides)",
                            [subgraph.Name], coordinate);
                    }
                    else if (topLevel && !subgraph.IsExternal(parentType, f))
                    {
                        context.Error(ErrorCodes.ProvidesFieldsMissingExternal,
                            $"[{subgraph.Name}] On field \"{coordinate}\", for @provides(fields: \"{text}\"): field \"{parent}.{f.Name}\" should not be part of a @provides since it is already provided by this subgraph (it is not marked @external)",
                            [subgraph.Name], coordinate);
                    }
                }
            }
        }
    }
}
