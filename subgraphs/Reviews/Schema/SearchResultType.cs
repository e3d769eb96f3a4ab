using GraphQL.Types;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary><c>union SearchResult = Review | Product</c>: members owned by different subgraphs (reviews, products).</summary>
public sealed class SearchResultType : UnionGraphType
{
    /// <summary>Defines the members.</summary>
    public SearchResultType()
    {
        this.Name = "SearchResult";
        this.Type<ReviewType>();
        this.Type<ProductType>();
    }
}
