using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.6.2 "Input Object Field Names": every field of an input object literal is defined by its type.</summary>
internal sealed class InputObjectFieldNames : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeRef? expectedType, InputPosition position) =>
        InputValueWalker.Walk(context.Schema, value, expectedType, (v, t) =>
        {
            if (v is not GraphQLObjectValue obj || t is null || context.Schema.Type(t.NamedType) is not InputObjectTypeDefinition type)
            {
                return;
            }

            foreach (var f in obj.Fields ?? [])
            {
                var name = f.Name.StringValue;
                if (!type.Fields.ContainsKey(name))
                {
                    var hint = Suggestions.DidYouMean(Suggestions.List(name, type.Fields.Keys));
                    context.Report($"Field \"{name}\" is not defined by type \"{type.Name}\".{hint}", f);
                }
            }
        });
}
