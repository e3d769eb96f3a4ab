using System.Text.Json.Nodes;
using GraphQL;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// One call of a named field function: the object the field is on, its arguments (JSON), the data store and
/// whether a subgraph or the monolith is executing; <c>Spec</c> is the <c>{"__fn": ...}</c> object itself (extra settings).
/// </summary>
internal sealed record FieldCall(ObjectValue Source, JsonObject Args, DataStore Store, ServiceMode Mode, JsonObject Spec)
{
    /// <summary>
    /// Reads a (possibly nested) value the function depends on. In a subgraph such values are <c>@requires</c>
    /// fields and come only from the representation the gateway sent; in the monolith they come from the data.
    /// References are followed.
    /// </summary>
    public JsonNode? Get(params string[] path)
    {
        var (value, fromRep) = Source.Read(path[0], external: Mode == ServiceMode.Subgraph);
        var owner = Source;
        for (int i = 0; ; i++)
        {
            if (!fromRep && value is JsonObject fn && fn.ContainsKey("__fn"))
            {
                value = FieldFunctions.Default.Invoke(fn["__fn"]!.GetValue<string>(), this with { Source = owner, Args = [], Spec = fn });
            }

            if (i == path.Length - 1 || value is null)
            {
                return value;
            }

            if (!fromRep && DataStore.IsRef(value))
            {
                var found = Store.Resolve((JsonObject)value);
                value = found?.Record;
                if (found is { } f)
                {
                    owner = new ObjectValue { TypeName = f.Type, SchemaTypeName = f.Type, Record = f.Record };
                }
            }
            else if (value is JsonObject inline && !fromRep)
            {
                owner = new ObjectValue { TypeName = owner.TypeName, SchemaTypeName = owner.TypeName, Record = inline };
            }

            value = (value as JsonObject)?[path[i + 1]];
        }
    }

    /// <summary>Reads a field of the source record directly (not a requirement).</summary>
    public JsonNode? Own(string name) => Source.Read(name, external: false).Value;
}

/// <summary>
/// The named field functions data.json can call with <c>{"__fn": "name"}</c>: fields with arguments,
/// <c>@requires</c> computations and mutations. The same function runs in the subgraph and in the monolith.
/// </summary>
internal sealed class FieldFunctions
{
    private readonly Dictionary<string, Func<FieldCall, JsonNode?>> functions = new(StringComparer.Ordinal);

    /// <summary>The functions every schema set can use.</summary>
    public static FieldFunctions Default { get; } = Create();

    /// <summary>Calls function <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">No function has that name (a data.json mistake).</exception>
    public JsonNode? Invoke(string name, FieldCall call) =>
        functions.TryGetValue(name, out var f) ? f(call) : throw new InvalidOperationException($"data.json names unknown field function '{name}'");

    private static FieldFunctions Create()
    {
        var f = new FieldFunctions();
        var map = f.functions;

        // @requires(fields: "price weight"): shipping = weight * 2 + (price > 100 ? 0 : 5); null weight → null.
        map["shippingEstimate"] = c =>
        {
            var weight = Num(c.Get("weight"));
            var price = Num(c.Get("price"));
            return weight is null || price is null ? null : JsonValue.Create((int)(weight.Value * 2 + (price.Value > 100 ? 0 : 5)));
        };

        // @requires(fields: "dimensions { size weight }"): "<size>:<weight>"
        map["shippingClass"] = c =>
        {
            var size = c.Get("dimensions", "size")?.GetValue<string>();
            var weight = Num(c.Get("dimensions", "weight"));
            return size is null ? null : JsonValue.Create(weight is null ? size + ":unknown" : $"{size}:{weight}");
        };

        // @requires with an argument on the field: price converted to currency (EUR = 0.5, default USD = 1).
        map["priceIn"] = c =>
        {
            var price = Num(c.Get("price"));
            var factor = c.Args["currency"]?.GetValue<string>() switch
            {
                "EUR" => 0.5,
                "GBP" => 0.25,
                _ => 1.0,
            };
            return price is null ? null : JsonValue.Create(price.Value * factor);
        };

        // @requires(fields: "author { name }") across subgraphs: "<name> wrote <title>".
        map["byline"] = c =>
        {
            var name = c.Get("author", "name")?.GetValue<string>();
            var title = c.Get("title")?.GetValue<string>();
            return JsonValue.Create(name is null ? "anonymous: " + title : name + " wrote " + title);
        };

        // Chained @requires: a requirement that is itself computed with @requires elsewhere.
        map["bylineLabel"] = c => c.Get("byline") is JsonValue b ? JsonValue.Create("LABEL: " + b.GetValue<string>().ToUpperInvariant()) : null;

        // @requires with inline fragments on a union: "<typename>:<title or sku>".
        map["itemLabel"] = c =>
        {
            if (c.Get("item") is not JsonObject item)
            {
                return JsonValue.Create("no item");
            }

            var typename = item["__typename"]?.GetValue<string>() ?? "?";
            var detail = (item["title"] ?? item["sku"])?.GetValue<string>() ?? "null";
            return JsonValue.Create(typename + ":" + detail);
        };

        // @requires(fields: "firstName lastName"): "<first> <last>".
        map["fullName"] = c =>
        {
            var first = c.Get("firstName")?.GetValue<string>();
            var last = c.Get("lastName")?.GetValue<string>();
            return JsonValue.Create(string.Join(" ", new[] { first, last }.Where(s => s is not null)));
        };

        // @requires on an @interfaceObject: "<kind> #<id>" from the requirement "title".
        map["mediaLabel"] = c =>
        {
            var title = c.Get("title")?.GetValue<string>();
            return title is null ? null : JsonValue.Create("[" + title.ToUpperInvariant() + "]");
        };

        // @requires of a field computed from an entity list: number of items whose inStock is true.
        map["availableCount"] = c =>
        {
            var items = c.Get("items") as JsonArray;
            if (items is null)
            {
                return null;
            }

            int count = 0;
            foreach (var item in items)
            {
                var obj = item as JsonObject;
                if (obj is not null && DataStore.IsRef(obj))
                {
                    obj = c.Store.Resolve(obj)?.Record;
                }

                if (obj?["inStock"] is JsonValue v && v.GetValue<bool>())
                {
                    count++;
                }
            }

            return JsonValue.Create(count);
        };

        // Arguments on a list field: the first N entries of the record's list (all when first is null).
        map["firstOf"] = c => FirstOf(c, c.Own("_" + "all") as JsonArray);
        map["firstReviews"] = c => FirstOf(c, c.Own("_reviews") as JsonArray);

        // Argument with an enum and an input object: a greeting.
        map["greet"] = c =>
        {
            var style = c.Args["style"]?.GetValue<string>() ?? "PLAIN";
            var who = c.Args["who"] as JsonObject;
            var name = who?["name"]?.GetValue<string>() ?? c.Own("name")?.GetValue<string>() ?? "nobody";
            var punct = who?["excited"]?.GetValue<bool>() == true ? "!" : ".";
            return JsonValue.Create(style switch { "LOUD" => "HELLO " + name.ToUpperInvariant() + punct, "SHORT" => "hi" + punct, _ => "Hello " + name + punct });
        };

        // Mutations: append to a counter list / create a review; they change the store.
        map["addReview"] = c =>
        {
            var input = (JsonObject)c.Args["input"]!;
            var id = "r" + (c.Store.Records("Review").Count() + 1);
            var review = new JsonObject
            {
                ["id"] = id,
                ["body"] = input["body"]?.DeepClone(),
                ["rating"] = input["rating"]?.DeepClone() ?? 3,
                ["product"] = new JsonObject { ["__ref"] = "Product", ["upc"] = input["upc"]?.DeepClone() },
            };
            c.Store.Add("Review", review);
            return c.Store.Reference("Review", review);
        };
        map["setPrice"] = c =>
        {
            var found = c.Store.Find("Product", new JsonObject { ["upc"] = c.Args["upc"]?.DeepClone() });
            if (found is null)
            {
                throw new ExecutionError("No product " + c.Args["upc"]) { Code = "NOT_FOUND" };
            }

            found.Value.Record["price"] = c.Args["price"]?.DeepClone();
            return c.Store.Reference("Product", found.Value.Record);
        };
        map["increment"] = c =>
        {
            var counter = c.Store.Records("Counter").First().Record;
            var value = counter["value"]!.GetValue<int>() + (c.Args["by"]?.GetValue<int>() ?? 1);
            counter["value"] = value;
            return c.Store.Reference("Counter", counter);
        };
        map["appendLog"] = c =>
        {
            var counter = c.Store.Records("Counter").First().Record;
            var log = counter["log"] as JsonArray ?? [];
            log.Add(c.Args["entry"]?.DeepClone());
            counter["log"] = log;
            return c.Store.Reference("Counter", counter);
        };

        // Search by term over the record types listed in the spec ("types"): title or name contains the term.
        map["search"] = c =>
        {
            var term = c.Args["term"]?.GetValue<string>();
            var result = new JsonArray();
            foreach (var type in c.Spec["types"]!.AsArray().Select(t => t!.GetValue<string>()))
            {
                foreach (var (t, r) in c.Store.Records(type).ToList())
                {
                    var text = (r["title"] ?? r["name"])?.GetValue<string>() ?? "";
                    if (term is null || text.Contains(term, StringComparison.OrdinalIgnoreCase))
                    {
                        result.Add(c.Store.Reference(t, r));
                    }
                }
            }

            return result;
        };

        // Shapes filtered by an input object (color, minSides) and ordered by an enum (ASC/DESC by sides).
        map["shapes"] = c =>
        {
            var filter = c.Args["filter"] as JsonObject;
            var color = filter?["color"]?.GetValue<string>();
            var minSides = filter?["minSides"]?.GetValue<int>();
            var items = c.Store.Records("Shape")
                .Where(x => color is null || x.Record["color"]?.GetValue<string>() == color)
                .Where(x => minSides is null || x.Record["sides"]!.GetValue<int>() >= minSides)
                .OrderBy(x => x.Record["sides"]!.GetValue<int>()).ToList();
            if (c.Args["order"]?.GetValue<string>() == "DESC")
            {
                items.Reverse();
            }

            return new JsonArray(items.Select(x => (JsonNode)c.Store.Reference(x.Type, x.Record)).ToArray());
        };

        // Always fails, with an error code extension.
        map["fail"] = _ => throw new ExecutionError("Field failed on purpose") { Code = "PURPOSE" };

        return f;
    }

    private static JsonNode? FirstOf(FieldCall c, JsonArray? all)
    {
        if (all is null)
        {
            return null;
        }

        var n = c.Args["first"]?.GetValue<int>() ?? all.Count;
        return new JsonArray(all.Take(Math.Max(0, n)).Select(x => x?.DeepClone()).ToArray());
    }

    private static double? Num(JsonNode? n) => n is JsonValue v ? double.Parse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture) : null;
}
