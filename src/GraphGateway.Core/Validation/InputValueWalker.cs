using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation;

/// <summary>
/// Visits an input value literal and its nested list items and object fields with the type each position
/// expects (null when unknown). It does not descend into a list given for a non-list type, nor into an
/// object given for a type that is not an input object: "Values of Correct Type" reports those as a whole.
/// </summary>
internal static class InputValueWalker
{
    public static void Walk(Schema schema, GraphQLValue value, TypeRef? type, Action<GraphQLValue, TypeRef?> visit)
    {
        visit(value, type);
        switch (value)
        {
            case GraphQLListValue list:
                var nullable = type?.Nullable;
                if (nullable is not null && nullable.Kind != TypeRefKind.List)
                {
                    return;
                }

                foreach (var item in list.Values ?? [])
                {
                    Walk(schema, item, nullable?.OfType, visit);
                }

                break;
            case GraphQLObjectValue obj:
                var named = type is null ? null : schema.Type(type.NamedType) as InputObjectTypeDefinition;
                if (type is not null && named is null)
                {
                    return;
                }

                foreach (var f in obj.Fields ?? [])
                {
                    InputValueDefinition? fd = null;
                    named?.Fields.TryGetValue(f.Name.StringValue, out fd);
                    Walk(schema, f.Value, fd?.Type, visit);
                }

                break;
        }
    }
}
