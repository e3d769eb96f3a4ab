using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>Per-request batch loaders of product and variant stock (one SQL query per batch).</summary>
public sealed class StockLoader
{
    /// <summary>Creates the loader over <paramref name="factory"/>.</summary>
    public StockLoader(IDbContextFactory<InventoryDbContext> factory)
    {
        this.ByUpc = new BatchLoader<string, StockItem?>(async (upcs, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Stock.AsNoTracking().Where(s => upcs.Contains(s.Upc)).ToDictionaryAsync(s => s.Upc, s => (StockItem?)s, StringComparer.Ordinal, ct).ConfigureAwait(false);
        });
        this.VariantByKey = new BatchLoader<(string ProductUpc, string Color), VariantStock?>(async (keys, ct) =>
        {
            var upcs = keys.Select(k => k.ProductUpc).Distinct().ToList();
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.VariantStock.AsNoTracking().Where(v => upcs.Contains(v.ProductUpc)).ToListAsync(ct).ConfigureAwait(false);
            return rows.ToDictionary(v => (v.ProductUpc, v.Color), v => (VariantStock?)v);
        });
    }

    /// <summary>Variant stock rows by compound key.</summary>
    public BatchLoader<(string ProductUpc, string Color), VariantStock?> VariantByKey { get; }

    /// <summary>Stock rows by UPC.</summary>
    public BatchLoader<string, StockItem?> ByUpc { get; }
}
