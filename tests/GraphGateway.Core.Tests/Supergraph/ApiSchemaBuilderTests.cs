using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Core.Tests.Supergraph;

public sealed class ApiSchemaBuilderTests
{
    private const string Supergraph = """
        schema
          @link(url: "https://specs.apollo.dev/link/v1.0")
          @link(url: "https://specs.apollo.dev/join/v0.3", for: EXECUTION)
          @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)
        {
          query: Query
        }

        directive @join__type(graph: join__Graph!, key: join__FieldSet, extension: Boolean! = false, resolvable: Boolean! = true, isInterfaceObject: Boolean! = false) repeatable on OBJECT | INTERFACE | UNION | ENUM | INPUT_OBJECT | SCALAR
        directive @join__graph(name: String!, url: String!) on ENUM_VALUE
        directive @link(url: String, as: String, for: link__Purpose, import: [link__Import]) repeatable on SCHEMA
        directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        scalar join__FieldSet
        scalar link__Import

        enum link__Purpose {
          SECURITY
          EXECUTION
        }

        enum join__Graph {
          PRODUCTS @join__graph(name: "products", url: "http://products")
        }

        type Query @join__type(graph: PRODUCTS) {
          product(upc: String!, debug: Boolean @inaccessible): Product
          internal: Secret @inaccessible
        }

        type Product @join__type(graph: PRODUCTS, key: "upc") {
          upc: String!
          cost: Int @inaccessible
          color: Color @deprecated(reason: "gone")
        }

        type Secret @inaccessible @join__type(graph: PRODUCTS) {
          code: String
        }

        enum Color @join__type(graph: PRODUCTS) {
          RED
          HIDDEN @inaccessible
        }
        """;

    [Fact]
    public void Build_Supergraph_RemovesMachineryAndInaccessible()
    {
        var api = ApiSchemaBuilder.Build(SchemaParser.Parse(Supergraph));

        Assert.Equal("""
            type Query {
              product(upc: String!): Product
            }

            type Product {
              upc: String!
              color: Color @deprecated(reason: "gone")
            }

            enum Color {
              RED
            }

            """, SchemaPrinter.Print(api));
    }
}
