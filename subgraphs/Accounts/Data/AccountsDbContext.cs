using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Accounts.Data;

/// <summary>The accounts database: <c>Users</c> and their <c>Wishlist</c> entries.</summary>
public sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : DbContext(options)
{
    /// <summary>User accounts.</summary>
    public DbSet<User> Users => this.Set<User>();

    /// <summary>Wishlist entries.</summary>
    public DbSet<WishlistEntry> Wishlist => this.Set<WishlistEntry>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var user = modelBuilder.Entity<User>();
        user.Property(u => u.Id).ValueGeneratedNever();
        user.HasIndex(u => u.Username).IsUnique();
        user.Property(u => u.CreatedAt).HasConversion(new UtcDateTimeConverter());
        var wish = modelBuilder.Entity<WishlistEntry>();
        wish.HasKey(w => new { w.UserId, w.Upc });
        wish.HasIndex(w => w.Upc);
    }

    /// <summary>Adds the deterministic seed users (<see cref="SeedFormulas.UserCount"/> rows) and 0–3 wishlist entries each.</summary>
    internal static void Seed(AccountsDbContext db)
    {
        for (var i = 1; i <= SeedFormulas.UserCount; i++)
        {
            db.Users.Add(new User
            {
                Id = i,
                Username = SeedFormulas.Username(i),
                Name = SeedFormulas.UserName(i),
                Email = SeedFormulas.Username(i) + "@example.com",
                Role = SeedFormulas.IsAdmin(i) ? "ADMIN" : "CUSTOMER",
                CreatedAt = SeedFormulas.UserCreatedAt(i),
            });
            for (var k = 0; k < i % 4; k++)
            {
                db.Wishlist.Add(new WishlistEntry { UserId = i, Upc = SeedFormulas.Upc(1 + ((i * 13) + (k * 101)) % SeedFormulas.ProductCount), Position = k });
            }
        }
    }
}
