using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Core.Tests.Validation;

public sealed class VariableCoercerTests
{
    private static readonly Schema Schema = SchemaParser.Parse("""
        type Query { f(a: In, l: [Int], e: E, s: Custom, id: ID, o: One, fl: Float): Int }
        input In { req: String!, def: Int = 3, nested: In, list: [E!] = [A] }
        input One @oneOf { x: Int, y: String }
        enum E { A B }
        scalar Custom
        """);

    [Theory]
    [InlineData("$a: In", """{"a":{"req":"r"}}""", """{"a":{"req":"r","def":3,"list":["A"]}}""")]
    [InlineData("$a: In = {req: \"d\", nested: {req: \"n\"}}", "{}", """{"a":{"req":"d","def":3,"nested":{"req":"n","def":3,"list":["A"]},"list":["A"]}}""")]
    [InlineData("$l: [Int]", """{"l":5}""", """{"l":[5]}""")]
    [InlineData("$l: [Int]", """{"l":[1,null,3.0]}""", """{"l":[1,null,3]}""")]
    [InlineData("$e: E", """{"e":"B"}""", """{"e":"B"}""")]
    [InlineData("$s: Custom", """{"s":{"any":[1,"x"]}}""", """{"s":{"any":[1,"x"]}}""")]
    [InlineData("$id: ID", """{"id":42}""", """{"id":"42"}""")]
    [InlineData("$fl: Float", """{"fl":1}""", """{"fl":1}""")]
    [InlineData("$o: One", """{"o":{"y":"v"}}""", """{"o":{"y":"v"}}""")]
    [InlineData("$l: [Int]", "{}", "{}")]
    [InlineData("$l: [Int]", """{"l":null}""", """{"l":null}""")]
    public void Coerce_ValidValues_CoercedWithDefaults(string definitions, string variables, string expected)
    {
        var (result, errors) = Coerce(definitions, variables);
        Assert.Empty(errors);
        Assert.Equal(expected, JsonSerializer.Serialize(result));
    }

    [Theory]
    [InlineData("$a: In!", "{}", "Variable \"$a\" of required type \"In!\" was not provided.")]
    [InlineData("$a: In!", """{"a":null}""", "Variable \"$a\" of non-null type \"In!\" must not be null.")]
    [InlineData("$a: In", """{"a":{}}""", "Variable \"$a\" got invalid value {}; Field \"req\" of required type \"String!\" was not provided.")]
    [InlineData("$a: In", """{"a":{"req":"r","nested":{"req":1}}}""", "Variable \"$a\" got invalid value 1 at \"a.nested.req\"; String cannot represent a non string value: 1")]
    [InlineData("$a: In", """{"a":{"req":"r","rqe":1}}""", "Variable \"$a\" got invalid value { req: \"r\", rqe: 1 }; Field \"rqe\" is not defined by type \"In\". Did you mean \"req\"?")]
    [InlineData("$a: In", """{"a":{"req":"r","list":["A","C"]}}""", "Variable \"$a\" got invalid value \"C\" at \"a.list[1]\"; Value \"C\" does not exist in \"E\" enum. Did you mean the enum value \"A\" or \"B\"?")]
    [InlineData("$a: In", """{"a":[1]}""", "Variable \"$a\" got invalid value [1]; Expected type \"In\" to be an object.")]
    [InlineData("$l: [Int]", """{"l":[1,2.5]}""", "Variable \"$l\" got invalid value 2.5 at \"l[1]\"; Int cannot represent non-integer value: 2.5")]
    [InlineData("$l: [Int]", """{"l":[2147483648]}""", "Variable \"$l\" got invalid value 2147483648 at \"l[0]\"; Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData("$e: E", """{"e":1}""", "Variable \"$e\" got invalid value 1; Enum \"E\" cannot represent non-string value: 1. Did you mean the enum value \"A\" or \"B\"?")]
    [InlineData("$id: ID", """{"id":true}""", "Variable \"$id\" got invalid value true; ID cannot represent value: true")]
    [InlineData("$o: One", """{"o":{"x":1,"y":"v"}}""", "Variable \"$o\" got invalid value { x: 1, y: \"v\" }; Exactly one key must be specified for OneOf type \"One\".")]
    [InlineData("$o: One", """{"o":{"x":null}}""", "Variable \"$o\" got invalid value null at \"o.x\"; Field \"x\" must be non-null.")]
    public void Coerce_InvalidValues_MessageAsGraphQLJsWithPathAndLocation(string definitions, string variables, string expected)
    {
        var (_, errors) = Coerce(definitions, variables);
        var error = Assert.Single(errors);
        Assert.Equal(expected, error.Message);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Equal([new ErrorLocation(1, 8)], error.Locations);
    }

    private static (IReadOnlyDictionary<string, JsonElement>? Result, IReadOnlyList<GraphQLError> Errors) Coerce(string definitions, string variables)
    {
        var text = $"query ({definitions}) {{ __typename }}";
        var document = Parser.Parse(text);
        var operation = (GraphQLOperationDefinition)document.Definitions[0];
        using var json = JsonDocument.Parse(variables);
        var result = VariableCoercer.Coerce(Schema, operation, json.RootElement, n => new ErrorLocation(1, n.Location.Start + 1), out var errors);
        return (result, errors);
    }
}
