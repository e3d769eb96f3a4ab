using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>GraphQL spec §5.6.3 "Input Object Field Uniqueness".</summary>
internal sealed class InputObjectFieldUniqueness : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeRef? expectedType, InputPosition position) =>
        Check(context, value);

    private static void Check(ValidationContext context, GraphQLValue value)
    {
        switch (value)
        {
            case GraphQLListValue list:
                foreach (var item in list.Values ?? [])
                {
                    Check(context, item);
                }

                break;
            case GraphQLObjectValue obj:
                var seen = new Dictionary<string, GraphQLName>(StringComparer.Ordinal);
                foreach (var f in obj.Fields ?? [])
                {
                    var name = f.Name.StringValue;
                    if (seen.TryGetValue(name, out var first))
                    {
                        context.Report($"There can be only one input field named \"{name}\".", first, f.Name);
                    }
                    else
                    {
                        seen[name] = f.Name;
                    }

                    Check(context, f.Value);
                }

                break;
        }
    }
}
