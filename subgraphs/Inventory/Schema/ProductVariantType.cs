using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Inventory.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Inventory.Schema;

/// <summary>
/// <c>type ProductVariant @key(fields: "productUpc color")</c> as extended by inventory: the compound-key entity
/// owned by products, with stock per variant (so representations carry both key fields across subgraphs).
/// </summary>
public sealed class ProductVariantType : ObjectGraphType<VariantStock>
{
    /// <summary>Defines the fields and the reference resolver (batched).</summary>
    public ProductVariantType()
    {
        this.Name = "ProductVariant";
        this.Key("productUpc color");
        this.Field(x => x.ProductUpc);
        this.Field<NonNullGraphType<ColorType>>("color").Resolve(c => c.Source.Color);
        this.Field(x => x.Quantity).Description("Units of this variant in stock.");
        this.ResolveReference<VariantReference, VariantStock>(ResolveReference);
    }

    private static IDataLoaderResult<VariantStock?> ResolveReference(IResolveFieldContext context, VariantReference reference) =>
        reference is { ProductUpc: { } upc, Color: { } color }
            ? context.RequestServices!.GetRequiredService<StockLoader>().VariantByKey.Load((upc, color))
            : DataLoaderValue.From<VariantStock?>(null);

    /// <summary>A <c>ProductVariant</c> representation (both key fields).</summary>
    public sealed class VariantReference
    {
        /// <summary>The <c>productUpc</c> key field.</summary>
        public string? ProductUpc { get; set; }

        /// <summary>The <c>color</c> key field (enum value name).</summary>
        public string? Color { get; set; }
    }
}

/// <summary><c>enum Color</c>, identical to the products subgraph's (enums used as inputs must match across subgraphs).</summary>
public sealed class ColorType : EnumerationGraphType
{
    /// <summary>Defines the values.</summary>
    public ColorType()
    {
        this.Name = "Color";
        foreach (var name in SeedFormulas.ColorNames)
        {
            this.Add(name, name);
        }
    }
}
