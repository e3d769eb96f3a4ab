using System.Globalization;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Products.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary>
/// <c>type Product implements Item @key(fields: "upc") @key(fields: "sku") @tag(name: "catalog")</c>: owned here.
/// <c>inStock</c> and <c>lowStock</c> are being taken over by inventory (<c>@override</c>); <c>costPrice</c> is <c>@inaccessible</c>.
/// </summary>
public sealed class ProductType : ObjectGraphType<Product>
{
    /// <summary>Defines the fields and the reference resolver (batched per key).</summary>
    public ProductType()
    {
        this.Name = "Product";
        this.Key("upc");
        this.Key("sku");
        this.TagType("catalog");
        this.Interface<ItemType>();
        this.Field(x => x.Upc);
        this.Field(x => x.Sku);
        this.Field(x => x.Name);
        this.Field(x => x.Price).Description("Price in cents.").Tag("public");
        this.Field(x => x.Weight).Description("Shipping weight in grams.");
        this.Field<NonNullGraphType<DimensionsType>>("dimensions").Resolve(c => c.Source);
        this.Field<NonNullGraphType<CategoryType>>("category").Resolve(c => c.Source.Category);
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductVariantType>>>>("variants")
            .Resolve(c => c.RequestServices!.GetRequiredService<ProductLoaders>().VariantsByUpc.Load(c.Source.Upc));
        this.Field<NonNullGraphType<BooleanGraphType>>("inStock").Resolve(c => c.Source.LegacyStock > 0);
        this.Field<NonNullGraphType<BooleanGraphType>>("lowStock").Resolve(c => c.Source.LegacyStock < SeedFormulas.LowStockThreshold);
        this.Field(x => x.CostPrice).Description("Purchase cost in cents (internal).").Inaccessible();
        this.Field<UserStubType>("createdBy").Resolve(c => c.Source.CreatedById.ToString(CultureInfo.InvariantCulture));
        this.Field(x => x.CreatedAt);
        this.ResolveReference<ProductReference, Product>(ResolveReference);
    }

    /// <summary>Loads the product a representation names by <c>upc</c> or <c>sku</c>.</summary>
    internal static IDataLoaderResult<Product?> ResolveReference(IResolveFieldContext context, ProductReference reference)
    {
        var loaders = context.RequestServices!.GetRequiredService<ProductLoaders>();
        return reference switch
        {
            { Upc: { } upc } => loaders.ByKey.Load(ProductKey.ForUpc(upc)),
            { Sku: { } sku } => loaders.ByKey.Load(ProductKey.ForSku(sku)),
            _ => DataLoaderValue.From<Product?>(null),
        };
    }

    /// <summary>A <c>Product</c> (or <c>Item</c>) representation: one of its keys.</summary>
    public sealed class ProductReference
    {
        /// <summary>The <c>upc</c> key.</summary>
        public string? Upc { get; set; }

        /// <summary>The <c>sku</c> key.</summary>
        public string? Sku { get; set; }
    }
}
