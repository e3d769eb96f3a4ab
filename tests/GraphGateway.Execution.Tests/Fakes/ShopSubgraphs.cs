using System.Text.Json.Nodes;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>Fake subgraphs for the planning fixture set "shop" (accounts, products, inventory, reviews, warehouses) with small data.</summary>
internal static class ShopSubgraphs
{
    public static SupergraphModel Model { get; } = SupergraphReader.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "shop", "supergraph.graphql")), "shop");

    public static FakeSubgraphClient Create()
    {
        var api = Model.ApiSchema;
        var users = JsonNode.Parse("""
            [{"__typename":"User","id":"1","name":"Ada","username":"ada","email":"ada@example.com"},
             {"__typename":"User","id":"2","name":"Ben","username":"ben","email":null}]
            """)!.AsArray();
        var products = JsonNode.Parse("""
            [{"__typename":"Product","upc":"1","sku":"S1","name":"Table","price":899,"weight":100,"dimensions":{"size":"L","weight":10.5},"category":"FURNITURE"},
             {"__typename":"Product","upc":"2","sku":"S2","name":"Couch","price":1299,"weight":1000,"dimensions":{"size":"XL","weight":80},"category":"FURNITURE"},
             {"__typename":"Product","upc":"3","sku":"S3","name":"Lamp","price":50,"weight":2,"dimensions":null,"category":"ELECTRONICS"}]
            """)!.AsArray();
        var reviews = JsonNode.Parse("""
            [{"__typename":"Review","id":"r1","body":"Great","rating":5,"authorId":"1","productUpc":"1"},
             {"__typename":"Review","id":"r2","body":"Meh","rating":2,"authorId":"2","productUpc":"1"},
             {"__typename":"Review","id":"r3","body":"Bad","rating":null,"authorId":"1","productUpc":"2"}]
            """)!.AsArray();
        JsonObject? By(JsonArray list, string key, JsonNode? value) =>
            list.FirstOrDefault(x => x![key]?.GetValue<string>() == value?.GetValue<string>())?.AsObject();

        var accounts = new FakeSubgraph("accounts", api);
        accounts.Root["me"] = _ => users[0];
        accounts.Root["user"] = a => By(users, "id", a["id"]);
        accounts.Root["users"] = _ => users;
        accounts.Root["updateName"] = a =>
        {
            var u = By(users, "id", a["id"])!;
            u["name"] = a["name"]!.DeepClone();
            return u;
        };
        accounts.ResolveEntity = r => By(users, "id", r["id"]);

        var productsSubgraph = new FakeSubgraph("products", api);
        productsSubgraph.Root["topProducts"] = a => new JsonArray(products.Take(a["first"]?.GetValue<int>() ?? 5).Select(p => p!.DeepClone()).ToArray());
        productsSubgraph.Root["product"] = a => By(products, "upc", a["upc"]);
        productsSubgraph.Root["productBySku"] = a => By(products, "sku", a["sku"]);
        productsSubgraph.Root["createProduct"] = a => new JsonObject { ["__typename"] = "Product", ["upc"] = a["upc"]!.DeepClone(), ["name"] = a["name"]!.DeepClone() };
        productsSubgraph.ResolveEntity = r => r["upc"] is not null ? By(products, "upc", r["upc"]) : By(products, "sku", r["sku"]);

        var inventory = new FakeSubgraph("inventory", api);
        inventory.ResolveEntity = r =>
        {
            var sku = r["sku"]!.GetValue<string>();
            var entity = new JsonObject
            {
                ["__typename"] = "Product",
                ["sku"] = sku,
                ["inStock"] = sku != "S2",
                ["warehouse"] = new JsonObject { ["__typename"] = "Warehouse", ["id"] = "w" + sku, ["region"] = "eu", ["stock"] = 5 },
            };
            if (r["price"] is not null || r["weight"] is not null)
            {
                entity["shippingEstimate"] = r["price"] is null || r["weight"] is null ? null : (r["price"]!.GetValue<int>() < 1000 ? r["weight"]!.GetValue<int>() / 10 : 0);
            }

            if (r["dimensions"] is JsonObject d)
            {
                entity["shippingClass"] = d["size"]?.GetValue<string>() == "XL" ? "freight" : "parcel";
            }

            return entity;
        };

        var reviewsSubgraph = new FakeSubgraph("reviews", api);
        reviewsSubgraph.Root["latestReviews"] = _ => reviews;
        reviewsSubgraph.Root["addReview"] = a => new JsonObject
        {
            ["__typename"] = "Review", ["id"] = "r9", ["body"] = a["body"]!.DeepClone(), ["rating"] = null, ["authorId"] = "1", ["productUpc"] = a["upc"]!.DeepClone(),
        };
        reviewsSubgraph.Fields["Review.author"] = (review, _) =>
        {
            var u = By(users, "id", review["authorId"])!;
            return new JsonObject { ["__typename"] = "User", ["id"] = u["id"]!.DeepClone(), ["username"] = u["username"]!.DeepClone() };
        };
        reviewsSubgraph.Fields["Review.product"] = (review, _) => new JsonObject { ["__typename"] = "Product", ["upc"] = review["productUpc"]!.DeepClone() };
        reviewsSubgraph.Fields["User.reviews"] = (user, _) => new JsonArray(reviews.Where(r => r!["authorId"]!.GetValue<string>() == user["id"]!.GetValue<string>()).Select(r => r!.DeepClone()).ToArray());
        reviewsSubgraph.Fields["User.reviewCount"] = (user, _) => reviews.Count(r => r!["authorId"]!.GetValue<string>() == user["id"]!.GetValue<string>());
        reviewsSubgraph.Fields["Product.reviews"] = (p, _) => new JsonArray(reviews.Where(r => r!["productUpc"]!.GetValue<string>() == p["upc"]!.GetValue<string>()).Select(r => r!.DeepClone()).ToArray());
        reviewsSubgraph.ResolveEntity = r => r["__typename"]!.GetValue<string>() switch
        {
            "User" => new JsonObject { ["__typename"] = "User", ["id"] = r["id"]!.DeepClone() },
            "Product" => new JsonObject { ["__typename"] = "Product", ["upc"] = r["upc"]!.DeepClone() },
            "Review" => By(reviews, "id", r["id"]),
            _ => null,
        };

        var warehouses = new FakeSubgraph("warehouses", api);
        warehouses.ResolveEntity = r => new JsonObject
        {
            ["__typename"] = "Warehouse", ["id"] = r["id"]!.DeepClone(), ["region"] = r["region"]!.DeepClone(),
            ["name"] = "Depot " + r["id"]!.GetValue<string>() + "/" + r["region"]!.GetValue<string>(), ["address"] = null,
        };

        return new FakeSubgraphClient(accounts, productsSubgraph, inventory, reviewsSubgraph, warehouses);
    }
}
