using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Products;

/// <summary>products: <c>type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }</c>.</summary>
internal sealed class ProductsProductType : ObjectGraphType<Product>
{
    public ProductsProductType(BenchData data)
    {
        Name = "Product";
        this.Key("upc");
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(static c => c.Source.Upc);
        Field<StringGraphType>("name").Resolve(static c => c.Source.Name);
        Field<IntGraphType>("price").Resolve(static c => c.Source.Price);
        Field<IntGraphType>("weight").Resolve(static c => c.Source.Weight);
        IsTypeOf = static o => o is Product;
        this.ResolveReference<IDictionary<string, object?>, Product>(
            (_, rep) => EntityKeys.Get(rep, "upc") is { } upc ? data.ProductsByUpc.GetValueOrDefault(upc) : null);
    }
}
