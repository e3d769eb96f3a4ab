using System.Text.Json.Nodes;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>
/// The oracle for the shop fixture (docs/runtime.md, "Execution"): one unsplit service over the API schema with the same data and the same
/// resolver rules as <see cref="ShopSubgraphs"/>.
/// </summary>
internal static class ShopMonolith
{
    public static FakeSubgraph Create()
    {
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
        JsonArray Where(JsonArray list, string key, JsonNode? value) =>
            new(list.Where(x => x![key]?.GetValue<string>() == value?.GetValue<string>()).Select(x => x!.DeepClone()).ToArray());

        var m = new FakeSubgraph("monolith", ShopSubgraphs.Model.ApiSchema);
        m.Root["me"] = _ => users[0];
        m.Root["user"] = a => By(users, "id", a["id"]);
        m.Root["users"] = _ => users;
        m.Root["topProducts"] = a => new JsonArray(products.Take(a["first"]?.GetValue<int>() ?? 5).Select(p => p!.DeepClone()).ToArray());
        m.Root["product"] = a => By(products, "upc", a["upc"]);
        m.Root["productBySku"] = a => By(products, "sku", a["sku"]);
        m.Root["latestReviews"] = _ => reviews;
        m.Fields["Product.inStock"] = (p, _) => p["sku"]!.GetValue<string>() != "S2";
        m.Fields["Product.shippingEstimate"] = (p, _) => p["price"]!.GetValue<int>() < 1000 ? p["weight"]!.GetValue<int>() / 10 : 0;
        m.Fields["Product.shippingClass"] = (p, _) => p["dimensions"] is JsonObject d ? (d["size"]?.GetValue<string>() == "XL" ? "freight" : "parcel") : null;
        m.Fields["Product.warehouse"] = (p, _) => new JsonObject
        {
            ["__typename"] = "Warehouse", ["id"] = "w" + p["sku"]!.GetValue<string>(), ["region"] = "eu", ["stock"] = 5,
            ["name"] = "Depot w" + p["sku"]!.GetValue<string>() + "/eu", ["address"] = null,
        };
        m.Fields["Product.reviews"] = (p, _) => Where(reviews, "productUpc", p["upc"]);
        m.Fields["User.reviews"] = (u, _) => Where(reviews, "authorId", u["id"]);
        m.Fields["User.reviewCount"] = (u, _) => Where(reviews, "authorId", u["id"]).Count;
        m.Fields["Review.author"] = (r, _) => By(users, "id", r["authorId"])?.DeepClone();
        m.Fields["Review.product"] = (r, _) => By(products, "upc", r["productUpc"])?.DeepClone();
        return m;
    }
}
