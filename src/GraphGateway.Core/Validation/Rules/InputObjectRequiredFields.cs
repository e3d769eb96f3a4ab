using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.6.4 "Input Object Required Fields": non-null input fields without a default are given.</summary>
internal sealed class InputObjectRequiredFields : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeRef? expectedType, InputPosition position) =>
        InputValueWalker.Walk(context.Schema, value, expectedType, (v, t) =>
        {
            if (v is not GraphQLObjectValue obj || t is null || context.Schema.Type(t.NamedType) is not InputObjectTypeDefinition type)
            {
                return;
            }

            foreach (var field in type.Fields.Values)
            {
                if (field.Type.IsNonNull && field.DefaultValue is null
                    && (obj.Fields ?? []).All(f => f.Name.StringValue != field.Name))
                {
                    context.Report($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
                }
            }
        });
}
