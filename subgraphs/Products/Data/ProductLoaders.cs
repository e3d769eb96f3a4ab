using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Products.Data;

/// <summary>Per-request batch loaders of the products subgraph (one SQL query per batch).</summary>
public sealed class ProductLoaders
{
    /// <summary>Creates the loaders over <paramref name="factory"/>.</summary>
    public ProductLoaders(IDbContextFactory<ProductsDbContext> factory)
    {
        this.ByKey = new BatchLoader<ProductKey, Product?>(async (keys, ct) =>
        {
            var upcs = keys.Where(k => !k.IsSku).Select(k => k.Value).ToList();
            var skus = keys.Where(k => k.IsSku).Select(k => k.Value).ToList();
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Products.AsNoTracking().Where(p => upcs.Contains(p.Upc) || skus.Contains(p.Sku)).ToListAsync(ct).ConfigureAwait(false);
            var result = new Dictionary<ProductKey, Product?>();
            foreach (var row in rows)
            {
                result[ProductKey.ForUpc(row.Upc)] = row;
                result[ProductKey.ForSku(row.Sku)] = row;
            }

            return result;
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

    /// <summary>Products by either key; one SQL query per batch, whichever keys it mixes.</summary>
    public BatchLoader<ProductKey, Product?> ByKey { get; }

    /// <summary>Variants of each product, in colour order (empty array when none: the loader yields null, callers coalesce).</summary>
    public BatchLoader<string, ProductVariant[]> VariantsByUpc { get; }

    /// <summary>Variants by compound key.</summary>
    public BatchLoader<(string ProductUpc, string Color), ProductVariant?> VariantByKey { get; }
}

/// <summary>One of the two keys of a product.</summary>
/// <param name="IsSku">Whether <paramref name="Value"/> is a SKU (else a UPC).</param>
/// <param name="Value">The key value.</param>
public readonly record struct ProductKey(bool IsSku, string Value)
{
    /// <summary>The <c>upc</c> key.</summary>
    public static ProductKey ForUpc(string upc) => new(false, upc);

    /// <summary>The <c>sku</c> key.</summary>
    public static ProductKey ForSku(string sku) => new(true, sku);
}
