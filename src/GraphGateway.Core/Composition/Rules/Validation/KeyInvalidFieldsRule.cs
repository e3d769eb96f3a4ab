using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.Validation;

/// <summary>
/// <c>KEY_INVALID_FIELDS</c>, <c>KEY_FIELDS_HAS_ARGS</c>, <c>KEY_FIELDS_SELECT_INVALID_TYPE</c>,
/// <c>KEY_DIRECTIVE_IN_FIELDS_ARG</c>: a <c>@key(fields:)</c> must be a valid selection of the type's
/// fields, without arguments, aliases or directives, and must not select interface or union fields
/// (Apollo Federation subgraph spec, "@key").
/// </summary>
internal sealed class KeyInvalidFieldsRule : ISubgraphRule
{
    public void Validate(Federation.Subgraph subgraph, CompositionContext context)
    {
        foreach (var type in subgraph.Schema.Types.Values.OfType<ComplexTypeDefinition>())
        {
            foreach (var key in type.DirectivesNamed("key"))
            {
                var text = key.StringArgument("fields");
                var set = FieldSetValidator.Validate(subgraph, context, "@key", type.Name, type.Name, text, ErrorCodes.KeyInvalidFields);
                if (set is null)
                {
                    continue;
                }

                var where = $"[{subgraph.Name}] On type \"{type.Name}\", for @key(fields: \"{text}\")";
                foreach (var (parent, field, sel, _) in FieldSetValidator.Fields(subgraph.Schema, type.Name, set.Selections))
                {
                    if (sel.HasDirectives)
                    {
                        context.Error(ErrorCodes.KeyDirectiveInFieldsArg, $"{where}: cannot have directive applications in the @key(fields:) argument but found some on \"{parent}.{field.Name}\".", [subgraph.Name], type.Name);
                    }
                    else if (sel.HasAlias)
                    {
                        context.Error(ErrorCodes.KeyInvalidFields, $"{where}: aliases are not allowed (found one on \"{parent}.{field.Name}\").", [subgraph.Name], type.Name);
                    }
                    else if (field.Arguments.Count > 0)
                    {
                        context.Error(ErrorCodes.KeyFieldsHasArgs, $"{where}: field \"{parent}.{field.Name}\" includes arguments (fields in @key(fields:) cannot have arguments).", [subgraph.Name], type.Name);
                    }
                    else if (subgraph.Schema.Type(field.Type.NamedType) is InterfaceTypeDefinition or UnionTypeDefinition)
                    {
                        var kind = subgraph.Schema.Type(field.Type.NamedType) is InterfaceTypeDefinition ? "an interface" : "a union";
                        context.Error(ErrorCodes.KeyFieldsSelectInvalidType, $"{where}: field \"{parent}.{field.Name}\" is {kind} type which is not allowed in @key", [subgraph.Name], type.Name);
                    }
                }
            }
        }
    }
}
