using GraphGateway.Subgraphs.Products.Data;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary>
/// <c>interface Item @key(fields: "upc") { upc: String! name: String! }</c>: an entity interface owned here;
/// the reviews subgraph contributes fields to it through <c>@interfaceObject</c>.
/// </summary>
public sealed class ItemType : InterfaceGraphType<Product>
{
    /// <summary>Defines the interface and its reference resolver (an <c>Item</c> representation resolves to its <c>Product</c>).</summary>
    public ItemType()
    {
        this.Name = "Item";
        this.Key("upc");
        this.Field(x => x.Upc);
        this.Field(x => x.Name);
        this.ResolveReference<ProductType.ProductReference, Product>(ProductType.ResolveReference);
    }
}
