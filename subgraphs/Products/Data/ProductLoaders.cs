using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Products.Data;

/// <summary>Per-request batch loaders of the products subgraph (one SQL query per batch).</summary>
public sealed class ProductLoaders
{
    /// <summary>Creates the loaders over <paramref name="factory"/>.</summary>
    public ProductLoaders(IDbContextFactory<ProductsDbContext> factory)
    {
        this.ByUpc = new BatchLoader<string, Product?>(async (upcs, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Products.AsNoTracking().Where(p => upcs.Contains(p.Upc)).ToDictionaryAsync(p => p.Upc, p => (Product?)p, StringComparer.Ordinal, ct).ConfigureAwait(false);
        });
        this.BySku = new BatchLoader<string, Product?>(async (skus, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Products.AsNoTracking().Where(p => skus.Contains(p.Sku)).ToDictionaryAsync(p => p.Sku, p => (Product?)p, StringComparer.Ordinal, ct).ConfigureAwait(false);
        });
        this.VariantsByUpc = new BatchLoader<string, ProductVariant[]>(async (upcs, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Variants.AsNoTracking().Where(v => upcs.Contains(v.ProductUpc)).ToListAsync(ct).ConfigureAwait(false);
            return rows.GroupBy(v => v.ProductUpc, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(v => Array.IndexOf(ProductsDbContext.Colors, v.Color)).ToArray(), StringComparer.Ordinal);
        });
        this.VariantByKey = new BatchLoader<(string ProductUpc, string Color), ProductVariant?>(async (keys, ct) =>
        {
            var upcs = keys.Select(k => k.ProductUpc).Distinct().ToList();
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Variants.AsNoTracking().Where(v => upcs.Contains(v.ProductUpc)).ToListAsync(ct).ConfigureAwait(false);
            return rows.ToDictionary(v => (v.ProductUpc, v.Color), v => (ProductVariant?)v);
        });
    }

    /// <summary>Products by UPC.</summary>
    public BatchLoader<string, Product?> ByUpc { get; }

    /// <summary>Products by SKU.</summary>
    public BatchLoader<string, Product?> BySku { get; }

    /// <summary>Variants of each product, in colour order (empty array when none: the loader yields null, callers coalesce).</summary>
    public BatchLoader<string, ProductVariant[]> VariantsByUpc { get; }

    /// <summary>Variants by compound key.</summary>
    public BatchLoader<(string ProductUpc, string Color), ProductVariant?> VariantByKey { get; }
}
