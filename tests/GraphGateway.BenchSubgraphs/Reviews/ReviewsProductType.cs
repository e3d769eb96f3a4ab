using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Reviews;

/// <summary>
/// reviews: <c>type Product @key(fields: "upc") { upc: String! reviews: [Review] }</c>.
/// README rule: <c>reviews</c> are the reviews whose <c>productUpc</c> is this product's upc (possibly none).
/// </summary>
internal sealed class ReviewsProductType : ObjectGraphType<Product>
{
    public ReviewsProductType(BenchData data)
    {
        Name = "Product";
        this.Key("upc");
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(static c => c.Source.Upc);
        Field<ListGraphType<ReviewsReviewType>>("reviews")
            .Resolve(c => data.ReviewsByProductUpc.TryGetValue(c.Source.Upc, out var reviews) ? reviews : Array.Empty<Review>());
        IsTypeOf = static o => o is Product;
        this.ResolveReference<IDictionary<string, object?>, Product>(
            (_, rep) => EntityKeys.Get(rep, "upc") is { } upc ? data.ProductsByUpc.GetValueOrDefault(upc) : null);
    }
}
