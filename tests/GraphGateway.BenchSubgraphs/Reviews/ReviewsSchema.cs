using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.BenchSubgraphs.Reviews;

/// <summary>The reviews subgraph schema (tests/load/bench/schemas/reviews.graphql), served at <c>/reviews</c>.</summary>
internal sealed class ReviewsSchema : Schema
{
    public ReviewsSchema(IServiceProvider services, IEnumerable<IConfigureSchema> configurations)
        : base(services, configurations)
    {
        Query = services.GetRequiredService<ReviewsQueryType>();
        RegisterType(typeof(ReviewsReviewType));
        RegisterType(typeof(ReviewsUserType));
        RegisterType(typeof(ReviewsProductType));
    }
}
