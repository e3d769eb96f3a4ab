using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.8.2 "Variables Are Input Types": a variable's type names an existing input type
/// (scalar, enum or input object). Unknown types are reported as graphql-js KnownTypeNamesRule words it.
/// </summary>
internal sealed class VariablesAreInputTypes : ValidationRule
{
    public override void EnterVariableDefinition(ValidationContext context, GraphQLVariableDefinition variable, TypeDefinition? namedType)
    {
        if (namedType is null)
        {
            FragmentSpreadTypeExistence.Report(context, NamedNode(variable.Type));
        }
        else if (!namedType.IsInputType)
        {
            context.Report(
                $"Variable \"${variable.Variable.Name.StringValue}\" cannot be non-input type \"{TypeRef.FromAst(variable.Type)}\".",
                variable.Type);
        }
    }

    private static GraphQLNamedType NamedNode(GraphQLType type) => type switch
    {
        GraphQLNamedType n => n,
        GraphQLListType l => NamedNode(l.Type),
        GraphQLNonNullType nn => NamedNode(nn.Type),
        _ => throw new ArgumentException("Unknown type node.", nameof(type)),
    };
}
