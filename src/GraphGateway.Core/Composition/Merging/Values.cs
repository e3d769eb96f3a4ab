using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>Builds parser value nodes for directive arguments written by composition.</summary>
internal static class Values
{
    public static GraphQLValue String(string value) => new GraphQLStringValue(value);

    public static GraphQLValue Enum(string name) => new GraphQLEnumValue(new GraphQLName(name));

    public static GraphQLValue Bool(bool value) => value ? new GraphQLTrueBooleanValue() : new GraphQLFalseBooleanValue();

    public static GraphQLValue Int(int value) => new GraphQLIntValue(value);

    public static GraphQLValue List(IEnumerable<GraphQLValue> values) => new GraphQLListValue { Values = values.ToList() };

    public static AppliedDirective Directive(string name, params (string Name, GraphQLValue? Value)[] args) =>
        new(name, args.Where(a => a.Value is not null).Select(a => new AppliedArgument(a.Name, a.Value!)).ToList());

    /// <summary>Canonical printed form, for equality of values.</summary>
    public static string? Print(GraphQLValue? value) => value is null ? null : ValuePrinter.Print(value);
}
