using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.3.1 "Field Selections": each selected field is defined on its parent type.</summary>
internal sealed class FieldSelections : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, TypeDefinition? parentType, FieldDefinition? definition)
    {
        if (parentType is null || definition is not null)
        {
            return;
        }

        var name = field.Name.StringValue;
        var hint = Suggestions.DidYouMean(SuggestedTypes(context.Schema, parentType, name), "to use an inline fragment on");
        if (hint.Length == 0 && parentType is ComplexTypeDefinition complex)
        {
            hint = Suggestions.DidYouMean(Suggestions.List(name, complex.Fields.Keys));
        }

        context.Report($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{hint}", field);
    }

    private static List<string> SuggestedTypes(Schema schema, TypeDefinition type, string fieldName)
    {
        if (!type.IsAbstract)
        {
            return [];
        }

        var usage = new Dictionary<string, int>(StringComparer.Ordinal);
        var interfaces = new HashSet<string>(StringComparer.Ordinal);
        foreach (var possible in schema.PossibleTypes(type.Name))
        {
            if (possible.Field(fieldName) is null)
            {
                continue;
            }

            usage[possible.Name] = 1;
            foreach (var i in possible.Interfaces)
            {
                if (schema.Type(i) is InterfaceTypeDefinition iface && iface.Field(fieldName) is not null)
                {
                    usage[i] = usage.GetValueOrDefault(i) + 1;
                    interfaces.Add(i);
                }
            }
        }

        var names = usage.Keys.ToList();
        names.Sort((a, b) =>
        {
            var diff = usage[b] - usage[a];
            if (diff != 0)
            {
                return diff;
            }

            if (interfaces.Contains(a) && schema.IsPossibleType(a, b))
            {
                return -1;
            }

            if (interfaces.Contains(b) && schema.IsPossibleType(b, a))
            {
                return 1;
            }

            return string.CompareOrdinal(a, b);
        });
        return names;
    }
}
