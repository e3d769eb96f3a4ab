using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.6.1 "Values of Correct Type": literals coerce to the expected type (built-in scalars,
/// enums, lists, null for non-null types; custom scalars accept any literal), and OneOf input objects
/// (draft) get exactly one non-null field. A nullable variable in a OneOf field is allowed (the accepted
/// OneOf RFC and graphql-js 16.10+ check its value at execution). Messages as graphql-js words them.
/// </summary>
internal sealed class ValuesOfCorrectType : ValidationRule
{
    public override void EnterValue(ValidationContext context, GraphQLValue value, TypeRef? expectedType, InputPosition position) =>
        InputValueWalker.Walk(context.Schema, value, expectedType, (v, t) => Check(context, v, t));

    private static void Check(ValidationContext context, GraphQLValue value, TypeRef? type)
    {
        if (type is null || value is GraphQLVariable)
        {
            return;
        }

        switch (value)
        {
            case GraphQLNullValue:
                if (type.IsNonNull)
                {
                    context.Report($"Expected value of type \"{type}\", found null.", value);
                }

                return;
            case GraphQLListValue:
                if (type.Nullable.Kind != TypeRefKind.List)
                {
                    CheckLeaf(context, value, type);
                }

                return;
            case GraphQLObjectValue obj:
                if (context.Schema.Type(type.NamedType) is InputObjectTypeDefinition { IsOneOf: true } oneOf)
                {
                    CheckOneOf(context, obj, oneOf);
                }
                else if (context.Schema.Type(type.NamedType) is not InputObjectTypeDefinition)
                {
                    CheckLeaf(context, value, type);
                }

                return;
            default:
                CheckLeaf(context, value, type);
                return;
        }
    }

    private static void CheckOneOf(ValidationContext context, GraphQLObjectValue obj, InputObjectTypeDefinition type)
    {
        var fields = obj.Fields ?? [];
        if (fields.Count != 1)
        {
            context.Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
            return;
        }

        var field = fields[0];
        if (field.Value is GraphQLNullValue)
        {
            context.Report($"Field \"{type.Name}.{field.Name.StringValue}\" must be non-null.", obj);
        }
    }

    /// <summary>Checks a literal against a leaf type (graphql-js isValidValueNode + parseLiteral).</summary>
    private static void CheckLeaf(ValidationContext context, GraphQLValue value, TypeRef type)
    {
        var named = context.Schema.Type(type.NamedType);
        if (named is null)
        {
            return;
        }

        var printed = ValuePrinter.Print(value);
        if (!named.IsLeaf)
        {
            context.Report($"Expected value of type \"{type}\", found {printed}.", value);
            return;
        }

        if (named is EnumTypeDefinition e)
        {
            if (value is not GraphQLEnumValue ev)
            {
                context.Report($"Enum \"{e.Name}\" cannot represent non-enum value: {printed}." + EnumHint(e, printed), value);
            }
            else if (!e.Values.ContainsKey(ev.Name.StringValue))
            {
                context.Report($"Value \"{printed}\" does not exist in \"{e.Name}\" enum." + EnumHint(e, printed), value);
            }

            return;
        }

        var message = named.Name switch
        {
            "Int" => value switch
            {
                GraphQLIntValue i when !int.TryParse(i.Value.Span, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _)
                    => $"Int cannot represent non 32-bit signed integer value: {printed}",
                GraphQLIntValue => null,
                _ => $"Int cannot represent non-integer value: {printed}",
            },
            "Float" => value is GraphQLIntValue or GraphQLFloatValue ? null : $"Float cannot represent non numeric value: {printed}",
            "String" => value is GraphQLStringValue ? null : $"String cannot represent a non string value: {printed}",
            "Boolean" => value is GraphQLBooleanValue ? null : $"Boolean cannot represent a non boolean value: {printed}",
            "ID" => value is GraphQLStringValue or GraphQLIntValue ? null : $"ID cannot represent a non-string and non-integer value: {printed}",
            _ => null,
        };
        if (message is not null)
        {
            context.Report(message, value);
        }
    }

    private static string EnumHint(EnumTypeDefinition e, string printed) =>
        Suggestions.DidYouMean(Suggestions.List(printed, e.Values.Keys), "the enum value");
}
