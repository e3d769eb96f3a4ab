using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Inventory.Data;

/// <summary>The inventory database: one <c>Stock</c> row per product.</summary>
public sealed class InventoryDbContext(DbContextOptions<InventoryDbContext> options) : DbContext(options)
{
    /// <summary>Stock rows.</summary>
    public DbSet<StockItem> Stock => this.Set<StockItem>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<StockItem>().HasKey(s => s.Upc);

    /// <summary>Adds a stock row for each of the <see cref="SeedFormulas.ProductCount"/> products.</summary>
    internal static void Seed(InventoryDbContext db)
    {
        for (var i = 1; i <= SeedFormulas.ProductCount; i++)
        {
            db.Stock.Add(new StockItem { Upc = SeedFormulas.Upc(i), Quantity = SeedFormulas.InitialQuantity(i), Warehouse = SeedFormulas.Warehouse(i) });
        }
    }
}
