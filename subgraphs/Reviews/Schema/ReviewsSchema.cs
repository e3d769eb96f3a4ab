namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>The reviews subgraph schema (federation fields are added by the host).</summary>
public sealed class ReviewsSchema : GraphQL.Types.Schema
{
    /// <summary>Creates the schema from DI-registered graph types.</summary>
    public ReviewsSchema(IServiceProvider services, ReviewsQuery query, ReviewsMutation mutation)
        : base(services)
    {
        this.Query = query;
        this.Mutation = mutation;
    }
}
