using GraphGateway.Core.Composition;
using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Tests.Federation;

public sealed class SubgraphReaderTests
{
    private static Subgraph Read(string sdl, out List<CompositionError> errors, string name = "s")
    {
        errors = [];
        return SubgraphReader.Read(new SubgraphInput(name, sdl, "http://s"), errors)!;
    }

    [Fact]
    public void Read_RenamedImports_CanonicalNames()
    {
        var s = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: [{ name: "@key", as: "@id" }, { name: "@shareable", as: "@shared" }])
            type Query { p: P }
            type P @id(fields: "id") { id: ID! name: String @shared }
            """, out var errors);
        Assert.Empty(errors);
        var p = (ObjectTypeDefinition)s.Schema.Type("P")!;
        Assert.Equal("@key(fields: \"id\")", p.Directives.Single().ToString());
        Assert.Equal("shareable", p.Field("name")!.Directives.Single().Name);
        Assert.Equal((2, 3), s.FederationVersion);
    }

    [Fact]
    public void Read_PrefixedAndAliasedFeature_CanonicalNames()
    {
        var s = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", as: "fed")
            type Query { p: P }
            type P @fed__key(fields: "id") { id: ID! w: Int @fed__external x: Int @fed__requires(fields: "w") }
            """, out var errors);
        Assert.Empty(errors);
        var p = (ObjectTypeDefinition)s.Schema.Type("P")!;
        Assert.True(p.HasDirective("key"));
        Assert.True(p.Field("w")!.HasDirective("external"));
        Assert.Equal("@requires(fields: \"w\")", p.Field("x")!.Directives.Single().ToString());
    }

    [Fact]
    public void Read_ServiceMachinery_Removed()
    {
        var s = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "FieldSet"])
            directive @key(fields: FieldSet!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE
            scalar _Any
            type _Service { sdl: String }
            union _Entity = P
            type Query { _service: _Service! _entities(representations: [_Any!]!): [_Entity]! p: P }
            type P @key(fields: "id") { id: ID! }
            """, out var errors);
        Assert.Empty(errors);
        Assert.Equal(["p"], s.Schema.QueryType!.Fields.Keys);
        Assert.Null(s.Schema.Type("_Service"));
        Assert.Null(s.Schema.Type("_Entity"));
        Assert.Null(s.Schema.Type("_Any"));
        Assert.Empty(s.Schema.DirectiveDefinitions);
    }

    [Fact]
    public void Read_Federation1Extension_KeyFieldNotExternalAllFieldsShareable()
    {
        var s = Read("""
            type Review { body: String }
            extend type User @key(fields: "id") { id: ID! @external reviews: [Review] }
            """, out var errors);
        Assert.Empty(errors);
        Assert.True(s.IsFederation1);
        var user = (ObjectTypeDefinition)s.Schema.Type("User")!;
        Assert.False(user.Field("id")!.HasDirective("external"));
        Assert.True(user.Field("reviews")!.HasDirective("shareable"));
        Assert.Empty(s.ExtensionKeys);
    }

    [Fact]
    public void Read_Federation2Extension_RecordsExtensionKey()
    {
        var s = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            extend type User @key(fields: "id") { id: ID! karma: Int }
            """, out var errors);
        Assert.Empty(errors);
        Assert.Equal([("User", "id")], s.ExtensionKeys);
    }

    [Fact]
    public void Read_UnimportedFederationDirective_InvalidGraphQLWithHint()
    {
        Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            type Query { a: Int @shareable }
            """, out var errors);
        var e = Assert.Single(errors);
        Assert.Equal("INVALID_GRAPHQL", e.Code);
        Assert.Equal("Query.a", e.Coordinate);
        Assert.Equal("[s] Unknown directive \"@shareable\" on Query.a. If you meant the \"@shareable\" federation directive, you should use fully-qualified name \"@federation__shareable\" or add \"@shareable\" to the `import` argument of the @link to the federation specification.", e.Message);
    }

    [Fact]
    public void Read_UnknownVersion_Error()
    {
        Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.99", import: ["@key"])
            type Query { a: Int }
            """, out var errors);
        Assert.Equal("UNKNOWN_FEDERATION_LINK_VERSION", Assert.Single(errors).Code);
    }

    [Fact]
    public void Read_SyntaxError_InvalidGraphQLWithLocation()
    {
        Read("type Query {\n  a: Int\n", out var errors, name: "accounts");
        var e = Assert.Single(errors);
        Assert.Equal("INVALID_GRAPHQL", e.Code);
        Assert.StartsWith("[accounts] Syntax error:", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("(line 2, column 10)", e.Message, StringComparison.Ordinal);
        Assert.Equal(["accounts"], e.Subgraphs);
    }

    [Fact]
    public void Read_InvalidName_Error()
    {
        Read("type Query { a: Int }", out var errors, name: "my subgraph");
        Assert.Equal("INVALID_SUBGRAPH_NAME", Assert.Single(errors).Code);
    }

    [Fact]
    public void Read_CustomRootTypes_RenamedToDefaults()
    {
        var s = Read("""
            extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
            schema { query: RootQuery }
            type RootQuery { self: RootQuery list: [RootQuery!] }
            """, out var errors);
        Assert.Empty(errors);
        Assert.Equal("Query", s.Schema.QueryTypeName);
        Assert.Null(s.Schema.Type("RootQuery"));
        Assert.Equal("[Query!]", s.Schema.QueryType!.Field("list")!.Type.ToString());
    }
}
