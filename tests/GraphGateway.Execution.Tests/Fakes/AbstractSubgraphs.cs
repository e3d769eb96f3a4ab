using System.Text.Json.Nodes;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Execution.Tests.Fakes;

/// <summary>
/// Fake subgraphs for the planning fixture set "abstract" (unions and interfaces across subgraphs, @provides,
/// resolvable: false, @interfaceObject), and the matching unsplit service.
/// </summary>
internal static class AbstractSubgraphs
{
    private const string BooksJson = """
        [{"__typename":"Book","id":"b1","title":"Dune","pages":412,"authorId":"a1","isbn":"111","publisher":"Chilton"},
         {"__typename":"Book","id":"b2","title":"Emma","pages":300,"authorId":"a2","isbn":null,"publisher":"Murray"}]
        """;

    private const string MoviesJson = """
        [{"__typename":"Movie","id":"m1","title":"Alien","minutes":117,"director":"Scott","studio":{"name":"Fox","country":"US"}}]
        """;

    private const string AuthorsJson = """
        [{"__typename":"Author","id":"a1","name":"Herbert","born":1920,"bookIds":["b1"]},
         {"__typename":"Author","id":"a2","name":"Austen","born":1775,"bookIds":["b2"]}]
        """;

    private const string RatingsJson = """
        {"b1":{"rating":4.5,"reviewsCount":10},"m1":{"rating":3.9,"reviewsCount":7},"b2":{"rating":null,"reviewsCount":0}}
        """;

    public static SupergraphModel Model { get; } = SupergraphReader.Read(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "abstract", "supergraph.graphql")), "abstract");

    public static FakeSubgraphClient Create()
    {
        var api = Model.ApiSchema;
        var books = JsonNode.Parse(BooksJson)!.AsArray();
        var movies = JsonNode.Parse(MoviesJson)!.AsArray();
        var authors = JsonNode.Parse(AuthorsJson)!.AsArray();
        var ratings = JsonNode.Parse(RatingsJson)!.AsObject();
        JsonObject? By(JsonArray list, JsonNode? id) => list.FirstOrDefault(x => x!["id"]!.GetValue<string>() == id?.GetValue<string>())?.AsObject();
        JsonObject? Any(JsonNode? id) => By(books, id) ?? By(movies, id) ?? By(authors, id);
        JsonObject CatalogAuthor(JsonObject a) => new() { ["__typename"] = "Author", ["id"] = a["id"]!.DeepClone() };

        var catalog = new FakeSubgraph("catalog", api);
        catalog.Root["search"] = _ => new JsonArray(books[0]!.DeepClone(), movies[0]!.DeepClone(), CatalogAuthor(authors[0]!.AsObject()));
        catalog.Root["media"] = _ => new JsonArray(books[0]!.DeepClone(), movies[0]!.DeepClone(), books[1]!.DeepClone());
        catalog.Root["node"] = a => Any(a["id"]) is { } n ? (n["__typename"]!.GetValue<string>() == "Author" ? CatalogAuthor(n) : n) : null;
        catalog.Root["featured"] = _ => books[0];
        catalog.Fields["Book.author"] = (b, _) => By(authors, b["authorId"]) is { } a ? new JsonObject { ["__typename"] = "Author", ["id"] = a["id"]!.DeepClone(), ["name"] = a["name"]!.DeepClone() } : null;
        catalog.ResolveEntity = r => Any(r["id"]) is { } e ? (e["__typename"]!.GetValue<string>() == "Author" ? CatalogAuthor(e) : e) : null;

        var people = new FakeSubgraph("people", api);
        people.Root["author"] = a => By(authors, a["id"]);
        people.Fields["Author.books"] = (a, _) => new JsonArray(a["bookIds"]!.AsArray().Select(id => (JsonNode)new JsonObject { ["__typename"] = "Book", ["id"] = id!.DeepClone() }).ToArray());
        people.ResolveEntity = r => By(authors, r["id"]);

        var details = new FakeSubgraph("details", api);
        details.ResolveEntity = r => (By(books, r["id"]) ?? By(movies, r["id"]))?.DeepClone();

        var ratingsSubgraph = new FakeSubgraph("ratings", api);
        JsonObject Media(string id) => new() { ["__typename"] = "Media", ["id"] = id, ["rating"] = ratings[id]!["rating"]?.DeepClone(), ["reviewsCount"] = ratings[id]!["reviewsCount"]!.DeepClone() };
        ratingsSubgraph.Root["topRated"] = _ => new JsonArray(Media("m1"), Media("b1"));
        ratingsSubgraph.ResolveEntity = r => ratings.ContainsKey(r["id"]!.GetValue<string>()) ? Media(r["id"]!.GetValue<string>()) : null;

        return new FakeSubgraphClient(catalog, people, details, ratingsSubgraph);
    }

    public static FakeSubgraph Monolith()
    {
        var books = JsonNode.Parse(BooksJson)!.AsArray();
        var movies = JsonNode.Parse(MoviesJson)!.AsArray();
        var authors = JsonNode.Parse(AuthorsJson)!.AsArray();
        var ratings = JsonNode.Parse(RatingsJson)!.AsObject();
        JsonObject? By(JsonArray list, JsonNode? id) => list.FirstOrDefault(x => x!["id"]!.GetValue<string>() == id?.GetValue<string>())?.AsObject();
        var m = new FakeSubgraph("monolith", Model.ApiSchema);
        m.Root["search"] = _ => new JsonArray(books[0]!.DeepClone(), movies[0]!.DeepClone(), authors[0]!.DeepClone());
        m.Root["media"] = _ => new JsonArray(books[0]!.DeepClone(), movies[0]!.DeepClone(), books[1]!.DeepClone());
        m.Root["node"] = a => By(books, a["id"]) ?? By(movies, a["id"]) ?? By(authors, a["id"]);
        m.Root["featured"] = _ => books[0];
        m.Root["author"] = a => By(authors, a["id"]);
        m.Root["topRated"] = _ => new JsonArray(movies[0]!.DeepClone(), books[0]!.DeepClone());
        m.Fields["Book.author"] = (b, _) => By(authors, b["authorId"])?.DeepClone();
        m.Fields["Author.books"] = (a, _) => new JsonArray(a["bookIds"]!.AsArray().Select(id => (JsonNode)By(books, id)!.DeepClone()).ToArray());
        foreach (var type in new[] { "Book", "Movie" })
        {
            m.Fields[type + ".rating"] = (o, _) => ratings[o["id"]!.GetValue<string>()]!["rating"]?.DeepClone();
            m.Fields[type + ".reviewsCount"] = (o, _) => ratings[o["id"]!.GetValue<string>()]!["reviewsCount"]?.DeepClone();
        }

        return m;
    }
}
