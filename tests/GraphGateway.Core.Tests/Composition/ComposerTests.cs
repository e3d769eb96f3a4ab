using GraphGateway.Core.Composition;

namespace GraphGateway.Core.Tests.Composition;

public sealed class ComposerTests
{
    private const string Link = "extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", import: [\"@key\", \"@shareable\", \"@external\", \"@requires\", \"@override\"])\n";

    private static CompositionResult Compose(params (string Name, string Sdl)[] subgraphs) =>
        Composer.Compose(subgraphs.Select(s => new SubgraphInput(s.Name, Link + s.Sdl, $"http://{s.Name}/graphql")));

    [Fact]
    public void Compose_NonShareableField_ErrorNamesCoordinateAndSubgraphs()
    {
        var result = Compose(
            ("b", "type Query { p: P }\ntype P @key(fields: \"id\") { id: ID! name: String }"),
            ("a", "type P @key(fields: \"id\") { id: ID! name: String @shareable }"));
        var e = Assert.Single(result.Errors);
        Assert.Equal("INVALID_FIELD_SHARING", e.Code);
        Assert.Equal("P.name", e.Coordinate);
        Assert.Equal(["a", "b"], e.Subgraphs);
        Assert.Equal("Non-shareable field \"P.name\" is resolved from multiple subgraphs: it is resolved from subgraphs \"a\" and \"b\" and defined as non-shareable in subgraph \"b\"", e.Message);
        Assert.Null(result.SupergraphSdl);
    }

    [Fact]
    public void Compose_ErrorsInSeveralSubgraphs_AllReportedTogether()
    {
        var result = Compose(
            ("a", "type Query { p: P }\ntype P @key(fields: \"nope\") { id: ID! }"),
            ("b", "type P @key(fields: \"id\") { id: ID! x: Int @external }"));
        Assert.Equal(["KEY_INVALID_FIELDS", "EXTERNAL_UNUSED"], result.Errors.Select(e => e.Code));
        Assert.Equal([["a"], ["b"]], result.Errors.Select(e => e.Subgraphs));
    }

    [Fact]
    public void Compose_FieldTypeMismatch_ListsEachSubgraphsType()
    {
        var result = Compose(
            ("a", "type Query { v: Int @shareable }"),
            ("b", "type Query { v: String @shareable }"));
        var e = Assert.Single(result.Errors);
        Assert.Equal("FIELD_TYPE_MISMATCH", e.Code);
        Assert.Equal("Type of field \"Query.v\" is incompatible across subgraphs: it has type \"Int\" in subgraph \"a\" but type \"String\" in subgraph \"b\"", e.Message);
    }

    [Fact]
    public void Compose_Override_OverriddenSubgraphDroppedFromJoinField()
    {
        var result = Compose(
            ("a", "type Query { p: P }\ntype P @key(fields: \"id\") { id: ID! price: Int @override(from: \"b\") }"),
            ("b", "type P @key(fields: \"id\") { id: ID! price: Int }"));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Contains("  price: Int @join__field(graph: A, override: \"b\")\n", result.SupergraphSdl, StringComparison.Ordinal);
        var hint = Assert.Single(result.Hints);
        Assert.Equal("[OVERRIDDEN_FIELD_CAN_BE_REMOVED] Field \"P.price\" on subgraph \"b\" is overridden. Consider removing it.", hint.ToString());
    }

    [Fact]
    public void Compose_CompatibleTypes_MostGeneralOutputTypeWithPerSubgraphJoinTypes()
    {
        var result = Compose(
            ("a", "type Query { v: Int! @shareable }"),
            ("b", "type Query { v: Int @shareable }"));
        Assert.True(result.Succeeded);
        Assert.Contains("  v: Int @join__field(graph: A, type: \"Int!\") @join__field(graph: B, type: \"Int\")\n", result.SupergraphSdl, StringComparison.Ordinal);
        Assert.Equal("INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE", Assert.Single(result.Hints).Code);
    }

    [Fact]
    public void Compose_ApiSchema_HasNoJoinMachinery()
    {
        var result = Compose(("a", "type Query { v: Int }"));
        Assert.Equal("type Query {\n  v: Int\n}\n", result.ApiSchemaSdl);
    }
}
