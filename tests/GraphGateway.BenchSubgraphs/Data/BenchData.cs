using System.Collections.Frozen;
using System.Text.Json;

namespace GraphGateway.BenchSubgraphs.Data;

/// <summary>
/// The benchmark records, loaded once from the embedded <c>data.json</c> and indexed for the resolver
/// rules of tests/load/bench/README.md. Immutable, shared by all four subgraphs and all requests.
/// </summary>
internal sealed class BenchData
{
    private const string ResourceName = "GraphGateway.BenchSubgraphs.data.json";

    private BenchData(Document document)
    {
        Users = document.Users;
        Products = document.Products;
        UsersById = document.Users.ToFrozenDictionary(u => u.Id, StringComparer.Ordinal);
        ProductsByUpc = document.Products.ToFrozenDictionary(p => p.Upc, StringComparer.Ordinal);
        InventoryByUpc = document.Inventory.ToFrozenDictionary(i => i.Upc, StringComparer.Ordinal);
        ReviewsById = document.Reviews.ToFrozenDictionary(r => r.Id, StringComparer.Ordinal);
        ReviewsByProductUpc = document.Reviews
            .GroupBy(r => r.ProductUpc, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Review>)g.ToArray(), StringComparer.Ordinal);
        // README rule: User.reviews returns reviews 1 and 2 for every user.
        ReviewsOfEveryUser = [ReviewsById["1"], ReviewsById["2"]];
        // README rule: Review.author is user 1 for every review.
        AuthorOfEveryReview = UsersById["1"];
    }

    /// <summary>All users in file order (6).</summary>
    public IReadOnlyList<User> Users { get; }

    /// <summary>All products in file order (9).</summary>
    public IReadOnlyList<Product> Products { get; }

    /// <summary>Users by <c>id</c>.</summary>
    public FrozenDictionary<string, User> UsersById { get; }

    /// <summary>Products by <c>upc</c>.</summary>
    public FrozenDictionary<string, Product> ProductsByUpc { get; }

    /// <summary>Inventory records by product <c>upc</c>.</summary>
    public FrozenDictionary<string, InventoryItem> InventoryByUpc { get; }

    /// <summary>Reviews by <c>id</c>.</summary>
    public FrozenDictionary<string, Review> ReviewsById { get; }

    /// <summary>Reviews by the <c>upc</c> of the product they review, in file order.</summary>
    public FrozenDictionary<string, IReadOnlyList<Review>> ReviewsByProductUpc { get; }

    /// <summary>What <c>User.reviews</c> returns for every user: reviews 1 and 2.</summary>
    public IReadOnlyList<Review> ReviewsOfEveryUser { get; }

    /// <summary>What <c>Review.author</c> returns for every review: user 1.</summary>
    public User AuthorOfEveryReview { get; }

    /// <summary>Loads and indexes the embedded data set.</summary>
    /// <exception cref="InvalidOperationException">The resource is missing or is not the expected shape.</exception>
    public static BenchData Load()
    {
        using var stream = typeof(BenchData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' (tests/load/bench/data.json) is missing.");
        var document = JsonSerializer.Deserialize<Document>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException("tests/load/bench/data.json is empty.");
        if (document.Users is null || document.Products is null || document.Inventory is null || document.Reviews is null)
        {
            throw new InvalidOperationException("tests/load/bench/data.json must have the arrays 'users', 'products', 'inventory' and 'reviews'.");
        }

        return new BenchData(document);
    }

    private sealed record Document(User[] Users, Product[] Products, InventoryItem[] Inventory, Review[] Reviews);
}
