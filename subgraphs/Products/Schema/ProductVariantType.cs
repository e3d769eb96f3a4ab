using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Products.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary><c>type ProductVariant @key(fields: "productUpc color")</c>: an entity with a compound key.</summary>
public sealed class ProductVariantType : ObjectGraphType<ProductVariant>
{
    /// <summary>Defines the fields and the reference resolver.</summary>
    public ProductVariantType()
    {
        this.Name = "ProductVariant";
        this.Key("productUpc color");
        this.Field(x => x.ProductUpc);
        this.Field<NonNullGraphType<ColorType>>("color").Resolve(c => c.Source.Color);
        this.Field(x => x.PriceDelta).Description("Price difference to the product, in cents.");
        this.Field<NonNullGraphType<ProductType>>("product")
            .Resolve(c => c.RequestServices!.GetRequiredService<ProductLoaders>().ByKey.Load(ProductKey.ForUpc(c.Source.ProductUpc)));
        this.ResolveReference<VariantReference, ProductVariant>(ResolveReference);
    }

    private static IDataLoaderResult<ProductVariant?> ResolveReference(IResolveFieldContext context, VariantReference reference) =>
        reference is { ProductUpc: { } upc, Color: { } color }
            ? context.RequestServices!.GetRequiredService<ProductLoaders>().VariantByKey.Load((upc, color))
            : DataLoaderValue.From<ProductVariant?>(null);

    /// <summary>A <c>ProductVariant</c> representation (both key fields).</summary>
    public sealed class VariantReference
    {
        /// <summary>The <c>productUpc</c> key field.</summary>
        public string? ProductUpc { get; set; }

        /// <summary>The <c>color</c> key field (enum value name).</summary>
        public string? Color { get; set; }
    }
}
