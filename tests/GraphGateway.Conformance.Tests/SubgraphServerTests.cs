using System.Text.Json.Nodes;
using GraphGateway.Conformance.Tests.Harness;

namespace GraphGateway.Conformance.Tests;

/// <summary>
/// Checks the in-process federation subgraphs themselves (without the gateway), so that a gateway mismatch cannot
/// come from the harness: requirements are read only from representations, external fields only where provided.
/// </summary>
public sealed class SubgraphServerTests
{
    private static readonly SchemaSet Shop = SchemaSet.Get("root-fields/shop");

    private static async Task<string> RunAsync(string subgraph, string query, JsonObject? variables = null)
    {
        var handler = new SubgraphHandler(subgraph, Shop.SubgraphSchemas[subgraph], new RunStateHolder { Current = new RunState(Shop.NewStore(), new Dictionary<string, SubgraphFault>()) });
        using var client = new HttpClient(handler);
        var payload = new JsonObject { ["query"] = query, ["variables"] = variables };
        using var response = await client.PostAsync("http://" + subgraph + "/graphql", new StringContent(payload.ToJsonString()));
        return await response.Content.ReadAsStringAsync();
    }

    private const string EntitiesQuery = "query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { inStock shippingEstimate } } }";

    [Fact]
    public async Task Entities_RequiresFromRepresentation_ComputesField()
    {
        var body = await RunAsync("inventory", EntitiesQuery, new JsonObject { ["r"] = JsonNode.Parse("""[{"__typename":"Product","upc":"1","price":899,"weight":100}]""") });
        Assert.Equal("""{"data":{"_entities":[{"inStock":true,"shippingEstimate":200}]}}""", body);
    }

    [Fact]
    public async Task Entities_RequirementsMissingFromRepresentation_NullNotData()
    {
        var body = await RunAsync("inventory", EntitiesQuery, new JsonObject { ["r"] = JsonNode.Parse("""[{"__typename":"Product","upc":"1"}]""") });
        Assert.Equal("""{"data":{"_entities":[{"inStock":true,"shippingEstimate":null}]}}""", body);
    }

    [Fact]
    public async Task Entities_UnknownKey_NullItem()
    {
        var body = await RunAsync("inventory", EntitiesQuery, new JsonObject { ["r"] = JsonNode.Parse("""[{"__typename":"Product","upc":"99"},{"__typename":"Product","upc":"3","price":54,"weight":50}]""") });
        Assert.Equal("""{"data":{"_entities":[null,{"inStock":true,"shippingEstimate":105}]}}""", body);
    }

    [Fact]
    public async Task ExternalField_ProvidedOnPath_Resolved()
    {
        var body = await RunAsync("reviews", "{ topReviews(first: 1) { author { id username } } }");
        Assert.Equal("""{"data":{"topReviews":[{"author":{"id":"u1","username":"ada"}}]}}""", body);
    }

    [Fact]
    public async Task ExternalField_NotProvided_Null()
    {
        var body = await RunAsync("reviews", """{ _entities(representations: [{__typename: "User", id: "u2"}]) { ... on User { username reviews { id } } } }""");
        Assert.Equal("""{"data":{"_entities":[{"username":null,"reviews":[{"id":"r2"},{"id":"r4"}]}]}}""", body);
    }

    [Fact]
    public async Task Service_Sdl_IsSubgraphFile()
    {
        var body = JsonNode.Parse(await RunAsync("accounts", "{ _service { sdl } }"))!;
        Assert.Equal(Shop.Subgraphs["accounts"], body["data"]!["_service"]!["sdl"]!.GetValue<string>());
    }
}
