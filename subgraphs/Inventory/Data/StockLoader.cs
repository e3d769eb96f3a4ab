using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>Per-request batch loader of stock rows by UPC (one SQL query per batch).</summary>
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
    }

    /// <summary>Stock rows by UPC.</summary>
    public BatchLoader<string, StockItem?> ByUpc { get; }
}
