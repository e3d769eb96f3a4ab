using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Products.Data;

/// <summary>The products database: <c>Products</c> and <c>Variants</c>.</summary>
public sealed class ProductsDbContext(DbContextOptions<ProductsDbContext> options) : DbContext(options)
{
    /// <summary>Category names in enum order; <see cref="SeedFormulas.CategoryIndex"/> indexes them.</summary>
    public static readonly string[] Categories = ["ELECTRONICS", "HOME", "OUTDOOR", "OFFICE", "KITCHEN"];

    /// <summary>Colour names in enum order.</summary>
    public static readonly string[] Colors = [.. SeedFormulas.ColorNames];

    /// <summary>Products.</summary>
    public DbSet<Product> Products => this.Set<Product>();

    /// <summary>Product variants.</summary>
    public DbSet<ProductVariant> Variants => this.Set<ProductVariant>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var product = modelBuilder.Entity<Product>();
        product.HasKey(p => p.Upc);
        product.HasIndex(p => p.Sku).IsUnique();
        product.Property(p => p.CreatedAt).HasConversion(new UtcDateTimeConverter());
        var variant = modelBuilder.Entity<ProductVariant>();
        variant.HasKey(v => new { v.ProductUpc, v.Color });
    }

    /// <summary>Adds <see cref="SeedFormulas.ProductCount"/> products and their 1–3 variants each.</summary>
    internal static void Seed(ProductsDbContext db)
    {
        for (var i = 1; i <= SeedFormulas.ProductCount; i++)
        {
            var upc = SeedFormulas.Upc(i);
            var price = SeedFormulas.PriceCents(i);
            db.Products.Add(new Product
            {
                Upc = upc,
                Sku = SeedFormulas.Sku(i),
                Name = SeedFormulas.ProductName(i),
                Price = price,
                Weight = SeedFormulas.WeightGrams(i),
                Size = SeedFormulas.Size(i),
                Category = Categories[SeedFormulas.CategoryIndex(i)],
                CostPrice = price * 6 / 10,
                LegacyStock = SeedFormulas.InitialQuantity(i),
                CreatedById = SeedFormulas.ProductCreatorIndex(i),
                CreatedAt = SeedFormulas.ProductCreatedAt(i),
            });
            for (var v = 0; v < SeedFormulas.VariantCount(i); v++)
            {
                db.Variants.Add(new ProductVariant { ProductUpc = upc, Color = SeedFormulas.VariantColor(i, v), PriceDelta = v * 250 });
            }
        }
    }
}
