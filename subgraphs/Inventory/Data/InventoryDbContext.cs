using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>The inventory database: one <c>Stock</c> row per product and one <c>VariantStock</c> row per variant.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    /// <summary>Stock rows.</summary>
    public DbSet<StockItem> Stock => this.Set<StockItem>();

    /// <summary>Stock per colour variant.</summary>
    public DbSet<VariantStock> VariantStock => this.Set<VariantStock>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<StockItem>().HasKey(s => s.Upc);
        modelBuilder.Entity<VariantStock>().HasKey(v => new { v.ProductUpc, v.Color });
    }

    /// <summary>Adds a stock row for each of the <see cref="SeedFormulas.ProductCount"/> products and each of their variants.</summary>
    internal static void Seed(InventoryDbContext db)
    {
        for (var i = 1; i <= SeedFormulas.ProductCount; i++)
        {
            db.Stock.Add(new StockItem { Upc = SeedFormulas.Upc(i), Quantity = SeedFormulas.InitialQuantity(i), Warehouse = SeedFormulas.Warehouse(i) });
            for (var v = 0; v < SeedFormulas.VariantCount(i); v++)
            {
                db.VariantStock.Add(new VariantStock { ProductUpc = SeedFormulas.Upc(i), Color = SeedFormulas.VariantColor(i, v), Quantity = SeedFormulas.VariantQuantity(i, v) });
            }
        }
    }
}
