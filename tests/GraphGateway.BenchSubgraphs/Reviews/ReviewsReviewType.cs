using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Reviews;

/// <summary>
/// reviews: <c>type Review @key(fields: "id") { id: ID! body: String product: Product author: User @provides(fields: "username") }</c>.
/// README rule: <c>author</c> is user 1 for every review, with its <c>username</c> provided.
/// </summary>
internal sealed class ReviewsReviewType : ObjectGraphType<Review>
{
    public ReviewsReviewType(BenchData data)
    {
        Name = "Review";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(static c => c.Source.Id);
        Field<StringGraphType>("body").Resolve(static c => c.Source.Body);
        Field<ReviewsProductType>("product").Resolve(c => data.ProductsByUpc.GetValueOrDefault(c.Source.ProductUpc));
        Field<ReviewsUserType>("author").Resolve(_ => data.AuthorOfEveryReview).Provides("username");
        IsTypeOf = static o => o is Review;
        this.ResolveReference<IDictionary<string, object?>, Review>(
            (_, rep) => EntityKeys.Get(rep, "id") is { } id ? data.ReviewsById.GetValueOrDefault(id) : null);
    }
}
