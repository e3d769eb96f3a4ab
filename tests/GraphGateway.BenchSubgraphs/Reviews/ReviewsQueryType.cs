using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Reviews;

/// <summary>reviews has no root fields of its own; federation adds <c>_service</c> and <c>_entities</c>.</summary>
internal sealed class ReviewsQueryType : ObjectGraphType
{
    public ReviewsQueryType()
    {
        Name = "Query";
    }
}
