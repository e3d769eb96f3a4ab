using GraphQL.DI;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.BenchSubgraphs.Products;

/// <summary>The products subgraph schema (tests/load/bench/schemas/products.graphql), served at <c>/products</c>.</summary>
internal sealed class ProductsSchema : Schema
{
    public ProductsSchema(IServiceProvider services, IEnumerable<IConfigureSchema> configurations)
        : base(services, configurations)
    {
        Query = services.GetRequiredService<ProductsQueryType>();
    }
}
