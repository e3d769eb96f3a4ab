using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.3.3 "Leaf Field Selections": scalars and enums have no selection set; other types need one.</summary>
internal sealed class LeafFieldSelections : ValidationRule
{
    public override void EnterField(ValidationContext context, GraphQLField field, TypeDefinition? parentType, FieldDefinition? definition)
    {
        if (definition is null || context.Schema.Type(definition.Type.NamedType) is not { } type)
        {
            return;
        }

        var name = field.Name.StringValue;
        if (type.IsLeaf)
        {
            if (field.SelectionSet is not null)
            {
                context.Report($"Field \"{name}\" must not have a selection since type \"{definition.Type}\" has no subfields.", field.SelectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            context.Report($"Field \"{name}\" of type \"{definition.Type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
    }
}
