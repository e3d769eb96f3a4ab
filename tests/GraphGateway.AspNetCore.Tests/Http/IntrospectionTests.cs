using System.Net;
using System.Text.Json;
using GraphGateway.Core.Schemas;
using Snapshooter.Xunit;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class IntrospectionTests
{
    private const string Sdl = """
        schema {
          query: Query
          mutation: Mutation
          subscription: Subscription
        }

        "Marks a field for the cost analysis."
        directive @cost(weight: Int! = 1, "Why." reason: String) repeatable on FIELD | FRAGMENT_SPREAD

        "The root query."
        type Query {
          "A node by id."
          node(id: ID!): Node
          search(filter: Filter, first: Int = 10, legacy: Boolean @deprecated(reason: "Use filter.")): [Result!]!
          when: DateTime
          old: String @deprecated(reason: "Gone.")
        }

        type Mutation {
          create(input: CreateInput!): Product
        }

        type Subscription {
          changed: Product
        }

        interface Node {
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String
        }

        "A product."
        type Product implements Named & Node {
          id: ID!
          name: String
          color: Color
          tags: [[String!]]!
        }

        type User implements Node {
          id: ID!
        }

        union Result = Product | User

        enum Color {
          RED
          "Greenish."
          GREEN
          BLUE @deprecated(reason: "Discontinued.")
        }

        input Filter {
          text: String = "all"
          colors: [Color!] = [RED, GREEN]
          nested: Filter
          oldField: Int @deprecated(reason: "Unused.")
        }

        input CreateInput @oneOf {
          name: String
          sku: ID
        }

        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")
        """;

    [Fact]
    public async Task FullIntrospectionQuery_ApiSchema_RebuildsTheSameSchemaAndMatchesSnapshot()
    {
        await using var gateway = await TestGateway.StartAsync(environment: "Development", sdl: Sdl);
        var query = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Http", "IntrospectionQuery.graphql"));
        var response = await gateway.PostAsync(JsonSerializer.Serialize(new { query, operationName = "IntrospectionQuery" }));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var doc = JsonDocument.Parse(body);
        Assert.False(doc.RootElement.TryGetProperty("errors", out _), body);
        var rebuilt = IntrospectionSdlBuilder.Build(doc.RootElement.GetProperty("data").GetProperty("__schema"));
        var expected = SchemaPrinter.Print(SchemaParser.Parse(Sdl));
        Assert.Equal(expected, SchemaPrinter.Print(SchemaParser.Parse(rebuilt)));
        var pretty = JsonSerializer.Serialize(doc.RootElement.GetProperty("data"), new JsonSerializerOptions { WriteIndented = true });
        Snapshot.Match(pretty, "Introspection_FullQuery");
    }

    [Fact]
    public async Task TypeQuery_WithFragmentsAliasesAndSkip_AnswersAsGraphQLJsDoes()
    {
        await using var gateway = await TestGateway.StartAsync(environment: "Development", sdl: Sdl);
        const string query = """
            query ($no: Boolean = false) {
              product: __type(name: "Product") {
                __typename
                ...T
                fields(includeDeprecated: true) @skip(if: $no) { n: name type { ...Ref } }
              }
              schemaType: __type(name: "__Schema") { name kind }
              missing: __type(name: "Nope") { name }
              color: __type(name: "Color") { all: enumValues(includeDeprecated: true) { name isDeprecated } current: enumValues { name } }
              input: __type(name: "CreateInput") { isOneOf inputFields { name } }
              __schema @include(if: $no) { description }
            }

            fragment T on __Type { kind name interfaces { name } }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
            """;
        var response = await gateway.PostAsync(JsonSerializer.Serialize(new { query }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """{"data":{"product":{"__typename":"__Type","kind":"OBJECT","name":"Product","interfaces":[{"name":"Named"},{"name":"Node"}],"fields":[{"n":"id","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"SCALAR","name":"ID","ofType":null}}},{"n":"name","type":{"kind":"SCALAR","name":"String","ofType":null}},{"n":"color","type":{"kind":"ENUM","name":"Color","ofType":null}},{"n":"tags","type":{"kind":"NON_NULL","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"LIST","name":null,"ofType":{"kind":"NON_NULL","name":null}}}}}]},"schemaType":{"name":"__Schema","kind":"OBJECT"},"missing":null,"color":{"all":[{"name":"RED","isDeprecated":false},{"name":"GREEN","isDeprecated":false},{"name":"BLUE","isDeprecated":true}],"current":[{"name":"RED"},{"name":"GREEN"}]},"input":{"isOneOf":true,"inputFields":[{"name":"name"},{"name":"sku"}]}}}""",
            await response.Content.ReadAsStringAsync());
    }
}
