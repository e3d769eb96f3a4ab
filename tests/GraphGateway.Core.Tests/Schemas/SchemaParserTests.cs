using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Tests.Schemas;

public sealed class SchemaParserTests
{
    [Fact]
    public void Parse_ObjectWithArgumentsAndDirectives_PrintsSameSdl()
    {
        const string sdl = """
            directive @key(fields: String!, resolvable: Boolean = true) repeatable on OBJECT | INTERFACE

            type Query {
              "The top products."
              topProducts(first: Int = 5, filter: ProductFilter): [Product!]!
            }

            type Product @key(fields: "upc") {
              upc: String!
              price: Int @deprecated(reason: "use cost")
            }

            input ProductFilter {
              nameContains: String
              tags: [String!] = ["a", "b"]
            }

            enum Color {
              RED
              GREEN @deprecated
            }

            union Result = Product

            scalar DateTime @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")
            """;

        var schema = SchemaParser.Parse(sdl, "products.graphql");

        Assert.Equal(sdl.Replace("\r", "") + "\n", SchemaPrinter.Print(schema));
        Assert.Equal("[Product!]!", schema.Field("Query", "topProducts")!.Type.ToString());
        Assert.Equal("Product", schema.Field("Query", "topProducts")!.Type.NamedType);
        Assert.Equal("use cost", schema.Field("Product", "price")!.DeprecationReason);
        Assert.Equal("No longer supported", ((EnumTypeDefinition)schema.Type("Color")!).Values["GREEN"].DeprecationReason);
        Assert.Equal("upc", schema.Type("Product")!.Directive("key")!.StringArgument("fields"));
        Assert.Equal(["OBJECT", "INTERFACE"], schema.DirectiveDefinitions["key"].Locations);
        Assert.True(schema.DirectiveDefinitions["key"].IsRepeatable);
    }

    [Fact]
    public void Parse_ExtensionWithoutBase_MarksExtensionOnly()
    {
        var schema = SchemaParser.Parse("""
            type Query { a: Int }
            extend type User @key(fields: "id") { id: ID! @external reviews: [Int] }
            """);

        var user = (ObjectTypeDefinition)schema.Type("User")!;
        Assert.True(user.IsExtensionOnly);
        Assert.Equal(["id", "reviews"], user.Fields.Keys);
    }

    [Fact]
    public void Parse_ExtensionAfterBase_MergesFieldsAndClearsFlag()
    {
        var schema = SchemaParser.Parse("""
            extend type User { reviews: [Int] }
            type User { id: ID! }
            type Query { me: User }
            """);

        var user = (ObjectTypeDefinition)schema.Type("User")!;
        Assert.False(user.IsExtensionOnly);
        Assert.Equal(["reviews", "id"], user.Fields.Keys);
    }

    [Fact]
    public void Parse_SchemaDefinition_SetsRootTypes()
    {
        var schema = SchemaParser.Parse("""
            schema { query: Q mutation: M }
            type Q { a: Int }
            type M { b: Int }
            """);

        Assert.Equal("Q", schema.QueryTypeName);
        Assert.Equal("M", schema.MutationTypeName);
        Assert.Null(schema.SubscriptionTypeName);
        Assert.True(schema.IsRootType("M"));
    }

    [Fact]
    public void Parse_SyntaxError_ReportsLineAndColumn()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaParser.Parse("type Query {\n  a: Int\n  b Int\n}", "bad.graphql"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(new SourceLocation("bad.graphql", 3, 5), error.Location);
        Assert.StartsWith("Syntax error: Expected :", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownTypesAndDuplicates_ReportsEveryError()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaParser.Parse("""
            type Query { a: Missing, b(x: Query): Int }
            type Query { c: Int }
            union U = Int
            """, "s.graphql"));

        Assert.Equal(
            [
                "s.graphql:2:1: Type Query is defined more than once.",
                "s.graphql:3:1: Union U includes Int, which is not an object type.",
                "s.graphql:1:14: Field Query.a has unknown type Missing.",
                "s.graphql:1:28: Query.b(x:) has output type Query; arguments and input fields need input types.",
            ],
            ex.Errors.Select(e => e.ToString()).OrderBy(e => e.Contains("Field") || e.Contains("(x:)") ? 1 : 0).ToList());
    }

    [Fact]
    public void Parse_OperationInSdl_IsRejected()
    {
        var ex = Assert.Throws<SchemaException>(() => SchemaParser.Parse("type Query { a: Int }\nquery { a }"));

        Assert.Equal("<input>:2:1: Executable definitions (operations, fragments) are not allowed in SDL.", Assert.Single(ex.Errors).ToString());
    }

    [Fact]
    public void PossibleTypes_InterfaceAndUnion_AreSortedObjects()
    {
        var schema = SchemaParser.Parse("""
            type Query { n: Node }
            interface Node { id: ID! }
            type B implements Node { id: ID! }
            type A implements Node { id: ID! }
            union U = B | A
            """);

        Assert.Equal(["A", "B"], schema.PossibleTypes("Node").Select(t => t.Name));
        Assert.Equal(["A", "B"], schema.PossibleTypes("U").Select(t => t.Name));
        Assert.True(schema.IsPossibleType("Node", "A"));
        Assert.False(schema.IsPossibleType("Node", "Query"));
    }

    [Theory]
    [InlineData("Int", "Int")]
    [InlineData("[Int!]!", "[Int!]!")]
    [InlineData(" [[ID]] ", "[[ID]]")]
    public void TypeRef_Parse_RoundTrips(string text, string expected)
    {
        Assert.Equal(expected, TypeRef.Parse(text).ToString());
    }

    [Fact]
    public void TypeRef_ParseUnclosedList_Throws()
    {
        Assert.Throws<FormatException>(() => TypeRef.Parse("[Int"));
    }
}
