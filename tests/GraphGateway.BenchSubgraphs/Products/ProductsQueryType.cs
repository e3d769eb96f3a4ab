using GraphGateway.BenchSubgraphs.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Products;

/// <summary>products: <c>type Query { topProducts(first: Int = 5): [Product] }</c> — the first <c>first</c> products in file order.</summary>
internal sealed class ProductsQueryType : ObjectGraphType
{
    public ProductsQueryType(BenchData data)
    {
        Name = "Query";
        Field<ListGraphType<ProductsProductType>>("topProducts")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .Resolve(c => data.Products.Take(Math.Max(0, c.GetArgument("first", 5))));
    }
}
