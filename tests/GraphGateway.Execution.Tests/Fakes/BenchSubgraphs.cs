using System.Text.Json.Nodes;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>The four subgraphs of tests/load/bench, answering from its data.json by the rules in its README.</summary>
internal static class BenchSubgraphs
{
    public static string Dir => Path.Combine(AppContext.BaseDirectory, "Fixtures", "loadbench");

    public static SupergraphModel Model { get; } = SupergraphReader.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "bench", "supergraph.graphql")), "bench");

    public static FakeSubgraphClient Create()
    {
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(Dir, "data.json")))!.AsObject();
        var users = data["users"]!.AsArray();
        var products = data["products"]!.AsArray();
        var inventory = data["inventory"]!.AsArray();
        var reviews = data["reviews"]!.AsArray();
        JsonObject? Find(JsonArray list, string key, JsonNode? value) =>
            list.FirstOrDefault(x => x![key]!.GetValue<string>() == value?.GetValue<string>())?.AsObject();
        JsonObject Typed(JsonObject? o, string type)
        {
            var copy = (JsonObject)o!.DeepClone();
            copy["__typename"] = type;
            return copy;
        }

        var api = Model.ApiSchema;
        var accounts = new FakeSubgraph("accounts", api);
        accounts.Root["me"] = _ => users[0]!.DeepClone();
        accounts.Root["user"] = a => Find(users, "id", a["id"])?.DeepClone();
        accounts.Root["users"] = _ => users.DeepClone();
        accounts.ResolveEntity = r => Find(users, "id", r["id"]) is { } u ? Typed(u, "User") : null;

        var productsSubgraph = new FakeSubgraph("products", api);
        productsSubgraph.Root["topProducts"] = a => new JsonArray(products.Take(a["first"]?.GetValue<int>() ?? 5).Select(p => p!.DeepClone()).ToArray());
        productsSubgraph.ResolveEntity = r => Find(products, "upc", r["upc"]) is { } p ? Typed(p, "Product") : null;

        var inventorySubgraph = new FakeSubgraph("inventory", api);
        inventorySubgraph.ResolveEntity = r => Find(inventory, "upc", r["upc"]) is { } i
            ? new JsonObject { ["__typename"] = "Product", ["upc"] = i["upc"]!.DeepClone(), ["inStock"] = i["inStock"]!.DeepClone(), ["shippingEstimate"] = null }
            : null;

        var reviewsSubgraph = new FakeSubgraph("reviews", api);
        JsonNode ReviewsWhere(Func<JsonObject, bool> predicate) =>
            new JsonArray(reviews.Select(r => r!.AsObject()).Where(predicate).Select(r => (JsonNode)Typed(r, "Review")).ToArray());
        reviewsSubgraph.Fields["Review.product"] = (review, _) => new JsonObject { ["__typename"] = "Product", ["upc"] = review["productUpc"]!.DeepClone() };
        reviewsSubgraph.Fields["Review.author"] = (_, _) => new JsonObject { ["__typename"] = "User", ["id"] = "1", ["username"] = users[0]!["username"]!.DeepClone() };
        reviewsSubgraph.Fields["User.reviews"] = (_, _) => ReviewsWhere(r => r["id"]!.GetValue<string>() is "1" or "2");
        reviewsSubgraph.Fields["Product.reviews"] = (p, _) => ReviewsWhere(r => r["productUpc"]!.GetValue<string>() == p["upc"]!.GetValue<string>());
        reviewsSubgraph.ResolveEntity = r => r["__typename"]!.GetValue<string>() switch
        {
            "Review" => Find(reviews, "id", r["id"]) is { } rv ? Typed(rv, "Review") : null,
            "User" => new JsonObject { ["__typename"] = "User", ["id"] = r["id"]!.DeepClone() },
            "Product" => new JsonObject { ["__typename"] = "Product", ["upc"] = r["upc"]!.DeepClone() },
            _ => null,
        };

        return new FakeSubgraphClient(accounts, productsSubgraph, inventorySubgraph, reviewsSubgraph);
    }
}
