using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Inventory;

/// <summary>
/// inventory: <c>type Product @key(fields: "upc") { upc: String! weight: Int @external price: Int @external
/// inStock: Boolean shippingEstimate: Int @requires(fields: "price weight") }</c>.
/// README rule: <c>shippingEstimate</c> is always <c>null</c> (the representation's price and weight are ignored).
/// </summary>
internal sealed class InventoryProductType : ObjectGraphType<InventoryItem>
{
    public InventoryProductType(BenchData data)
    {
        Name = "Product";
        this.Key("upc");
        Field<NonNullGraphType<StringGraphType>>("upc").Resolve(static c => c.Source.Upc);
        Field<IntGraphType>("weight").Resolve(static _ => null).External();
        Field<IntGraphType>("price").Resolve(static _ => null).External();
        Field<BooleanGraphType>("inStock").Resolve(static c => c.Source.InStock);
        Field<IntGraphType>("shippingEstimate").Resolve(static _ => null).Requires("price weight");
        IsTypeOf = static o => o is InventoryItem;
        this.ResolveReference<IDictionary<string, object?>, InventoryItem>(
            (_, rep) => EntityKeys.Get(rep, "upc") is { } upc ? data.InventoryByUpc.GetValueOrDefault(upc) : null);
    }
}
