using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>A scalar that accepts any JSON value as is (<c>_Any</c>, custom scalars of the schema sets).</summary>
internal sealed class PassThroughScalar : ScalarGraphType
{
    public PassThroughScalar(string name)
    {
        Name = name;
    }

    public override object? ParseValue(object? value) => value;

    public override object? Serialize(object? value) => value;

    public override bool CanParseLiteral(GraphQLValue value) => true;

    public override object? ParseLiteral(GraphQLValue value) => LiteralValue.ToClr(value);
}

/// <summary>Converts parser value nodes into plain CLR values (dictionaries, lists, primitives; enums as names).</summary>
internal static class LiteralValue
{
    public static object? ToClr(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue i => int.Parse(i.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLFloatValue f => double.Parse(f.Value.Span, System.Globalization.CultureInfo.InvariantCulture),
        GraphQLStringValue s => s.Value.ToString(),
        GraphQLBooleanValue b => b.BoolValue,
        GraphQLEnumValue e => e.Name.StringValue,
        GraphQLListValue l => l.Values?.Select(ToClr).ToList() ?? [],
        GraphQLObjectValue o => o.Fields?.ToDictionary(f => f.Name.StringValue, f => ToClr(f.Value)) ?? [],
        _ => throw new InvalidOperationException("Unsupported literal " + value.Kind),
    };
}
