using GraphGateway.Subgraphs.Accounts.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary>An <c>Item</c> (entity interface owned by products) seen through <c>@interfaceObject</c>.</summary>
/// <param name="Upc">The item's UPC.</param>
public sealed record ItemObject(string Upc);

/// <summary>
/// <c>type Item @key(fields: "upc") @interfaceObject { upc: String! wishlistCount: Int! }</c>: adds
/// <c>wishlistCount</c> to every implementation of the products subgraph's <c>Item</c> interface.
/// </summary>
public sealed class ItemType : ObjectGraphType<ItemObject>
{
    /// <summary>Defines the fields; any UPC resolves.</summary>
    public ItemType()
    {
        this.Name = "Item";
        this.Key("upc");
        this.InterfaceObject();
        this.Field(x => x.Upc);
        this.Field<NonNullGraphType<IntGraphType>>("wishlistCount")
            .Description("Number of users with this item on their wishlist.")
            .Resolve(c => c.RequestServices!.GetRequiredService<UserLoaders>().WishCountByUpc.Load(c.Source.Upc, n => n ?? 0));
        this.ResolveReference<ItemReference, ItemObject>((_, reference) => reference.Upc is { } upc ? new ItemObject(upc) : null);
    }

    /// <summary>An <c>Item</c> representation.</summary>
    public sealed class ItemReference
    {
        /// <summary>The <c>upc</c> key.</summary>
        public string? Upc { get; set; }
    }
}
