using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.8.5 "All Variable Usages Are Allowed": a variable's type fits each position it is used in;
/// a nullable variable may be used in a non-null position when the variable or the location has a default.
/// </summary>
internal sealed class AllVariableUsagesAreAllowed : ValidationRule
{
    public override void LeaveDocument(ValidationContext context)
    {
        foreach (var op in context.Document.Definitions.OfType<GraphQLOperationDefinition>())
        {
            var definitions = new Dictionary<string, GraphQLVariableDefinition>(StringComparer.Ordinal);
            foreach (var v in op.Variables?.Items ?? [])
            {
                definitions.TryAdd(v.Variable.Name.StringValue, v);
            }

            foreach (var usage in context.RecursiveUsages(op))
            {
                if (usage.Type is null || !definitions.TryGetValue(usage.Node.Name.StringValue, out var def))
                {
                    continue;
                }

                var varType = TypeRef.FromAst(def.Type);
                if (context.Schema.Type(varType.NamedType) is null)
                {
                    continue;
                }

                if (!Allowed(context.Schema, varType, def.DefaultValue, usage.Type, usage.HasLocationDefault))
                {
                    context.Report(
                        $"Variable \"${usage.Node.Name.StringValue}\" of type \"{varType}\" used in position expecting type \"{usage.Type}\".",
                        def, usage.Node);
                }
            }
        }
    }

    private static bool Allowed(Schema schema, TypeRef varType, GraphQLValue? varDefault, TypeRef locationType, bool locationHasDefault)
    {
        if (locationType.IsNonNull && !varType.IsNonNull)
        {
            var hasNonNullVariableDefault = varDefault is not null and not GraphQLNullValue;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeRelations.IsSubType(schema, varType, locationType.OfType!);
        }

        return TypeRelations.IsSubType(schema, varType, locationType);
    }
}
