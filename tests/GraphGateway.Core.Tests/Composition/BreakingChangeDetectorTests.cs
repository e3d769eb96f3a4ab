using GraphGateway.Core.Composition;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Tests.Composition;

public sealed class BreakingChangeDetectorTests
{
    private static List<string> Detect(string oldSdl, string newSdl) =>
        BreakingChangeDetector.Detect(SchemaParser.Parse(oldSdl), SchemaParser.Parse(newSdl)).Select(c => c.ToString()).ToList();

    [Fact]
    public void Detect_Removals_Listed()
    {
        Assert.Equal(
            [
                "[ENUM_VALUE_REMOVED] Enum value Color.BLUE was removed.",
                "[TYPE_REMOVED] Type Old was removed.",
                "[ARGUMENT_REMOVED] Argument Query.a(x:) was removed.",
                "[FIELD_REMOVED] Field Query.b was removed.",
                "[FIELD_TYPE_CHANGED] Field Query.c changed type from Old to Int.",
            ],
            Detect(
                "type Query { a(x: Int): Int b: Color c: Old }\nenum Color { RED BLUE }\ntype Old { x: Int }",
                "type Query { a: Int c: Int }\nenum Color { RED }"));
    }

    [Fact]
    public void Detect_TypeChanges_OnlyUnsafeOnesListed()
    {
        Assert.Equal(
            [
                "[FIELD_TYPE_CHANGED] Field Query.b changed type from Int! to Int.",
                "[FIELD_TYPE_CHANGED] Field Query.c changed type from Int to String.",
                "[ARGUMENT_TYPE_CHANGED] Argument Query.d(y:) changed type from Int to Int!.",
            ],
            Detect(
                "type Query { a: Int b: Int! c: Int d(x: Int!, y: Int): Int }",
                "type Query { a: Int! b: Int c: String d(x: Int, y: Int!): Int }"));
    }

    [Fact]
    public void Detect_NewRequiredArgumentAndInputField_Listed()
    {
        Assert.Equal(
            [
                "[REQUIRED_INPUT_FIELD_ADDED] Required input field F.b of type Int! was added.",
                "[REQUIRED_ARGUMENT_ADDED] Required argument Query.a(y:) of type Int! was added.",
            ],
            Detect(
                "type Query { a(f: F): Int }\ninput F { a: Int }",
                "type Query { a(f: F, y: Int!, z: Int! = 1, w: Int): Int }\ninput F { a: Int b: Int! c: Int! = 3 }"));
    }

    [Fact]
    public void Detect_Additions_Nothing()
    {
        Assert.Empty(Detect("type Query { a: Int }", "type Query { a: Int b: String }\ntype New { x: Int }"));
    }
}
