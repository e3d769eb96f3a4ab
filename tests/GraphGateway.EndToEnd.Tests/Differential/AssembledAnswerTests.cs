using System.Text.Json.Nodes;
using GraphGateway.EndToEnd.Tests.Infrastructure;
using static GraphGateway.EndToEnd.Tests.Infrastructure.GraphQLHttp;

namespace GraphGateway.EndToEnd.Tests.Differential;

/// <summary>
/// The oracle (docs/conformance.md) by hand: the gateway's answer to a deep operation equals the answer the test assembles
/// itself from direct queries to each subgraph (root field, then <c>_entities</c> per hop). Also checks that
/// concurrent requests get the same answers as sequential ones.
/// </summary>
[Collection(SharedGatewayCollection.Name)]
public sealed class AssembledAnswerTests(SharedGateway shared)
{
    private GatewayHost Host => shared.Host;

    [Fact]
    public async Task TopProductsDeepSelection_FourSubgraphs_EqualsAnswerAssembledFromDirectQueries()
    {
        var gateway = await this.Host.QueryAsync(
            "{ topProducts(first: 5) { upc name quantity reviews(first: 2) { rating author { username role } } } }");
        Assert.Equal("accounts=1,inventory=1,products=1,reviews=1", this.Host.Traffic.Counts());

        var products = Data(await this.Host.QuerySubgraphAsync("products", "{ topProducts(first: 5) { upc name } }"))["topProducts"]!.AsArray();
        var upcs = products.Select(p => (string)p!["upc"]!).ToList();
        var quantities = await this.EntitiesAsync("inventory", "Product", upcs.Select(u => new JsonObject { ["upc"] = u }), "quantity");
        var reviews = await this.EntitiesAsync("reviews", "Product", upcs.Select(u => new JsonObject { ["upc"] = u }), "reviews(first: 2) { rating author { id username } }");
        var authorIds = reviews.SelectMany(r => r!["reviews"]!.AsArray()).Select(r => (string)r!["author"]!["id"]!).Distinct().ToList();
        var roles = await this.EntitiesAsync("accounts", "User", authorIds.Select(id => new JsonObject { ["id"] = id }), "role");
        var roleById = authorIds.Zip(roles, (id, r) => (id, role: (string)r!["role"]!)).ToDictionary(x => x.id, x => x.role);

        var expected = new JsonArray();
        for (var i = 0; i < upcs.Count; i++)
        {
            var reviewList = new JsonArray();
            foreach (var review in reviews[i]!["reviews"]!.AsArray())
            {
                var author = review!["author"]!;
                reviewList.Add(new JsonObject
                {
                    ["rating"] = (int)review["rating"]!,
                    ["author"] = new JsonObject { ["username"] = (string)author["username"]!, ["role"] = roleById[(string)author["id"]!] },
                });
            }

            expected.Add(new JsonObject
            {
                ["upc"] = upcs[i],
                ["name"] = (string)products[i]!["name"]!,
                ["quantity"] = (int)quantities[i]!["quantity"]!,
                ["reviews"] = reviewList,
            });
        }

        Assert.Equal(5, expected.Count);
        AssertJson(new JsonObject { ["data"] = new JsonObject { ["topProducts"] = expected } }.ToJsonString(), gateway);
    }

    [Fact]
    public async Task ConcurrentRequests_MixedOperations_SameAnswersAsSequential()
    {
        string[] operations =
        [
            """{ product(upc: "P0003") { name quantity warehouse } }""",
            """{ review(id: "1") { author { username role reviews(first: 1) { id product { name quantity } } } } }""",
            """{ search(text: "value", first: 2) { __typename ... on Review { id rating } ... on Product { upc name price } } }""",
            """{ user(id: "3") { wishlist { __typename upc name wishlistCount } } }""",
            """{ product(upc: "P0001") { price weight shippingEstimate deliveryEstimate(zip: "94105") { days } } }""",
        ];
        var sequential = new List<string>();
        foreach (var operation in operations)
        {
            sequential.Add(await this.Host.QueryAsync(operation));
        }

        // 5 operations x 8 copies = 40 requests at once.
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i =>
        {
            var (status, body) = await PostAsync(this.Host.Gateway, operations[i % operations.Length]);
            Assert.Equal(200, status);
            return body;
        }));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(sequential[i % operations.Length], concurrent[i]);
        }
    }

    private static JsonObject Data(string body)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        Assert.False(root.ContainsKey("errors"), body);
        return root["data"]!.AsObject();
    }

    private async Task<JsonArray> EntitiesAsync(string subgraph, string typename, IEnumerable<JsonObject> keys, string selection)
    {
        var representations = new JsonArray();
        foreach (var key in keys)
        {
            key["__typename"] = typename;
            representations.Add(key);
        }

        var body = await this.Host.QuerySubgraphAsync(subgraph,
            $"query($r: [_Any!]!) {{ _entities(representations: $r) {{ ... on {typename} {{ {selection} }} }} }}",
            new Dictionary<string, JsonNode> { ["r"] = representations });
        var entities = Data(body)["_entities"]!.AsArray();
        Assert.Equal(representations.Count, entities.Count);
        return entities;
    }
}
