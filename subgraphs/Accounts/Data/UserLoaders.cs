using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Accounts.Data;

/// <summary>Per-request batch loaders for users (by id, by username) and wishlists (one SQL query per batch).</summary>
public sealed class UserLoaders
{
    /// <summary>Creates the loaders over <paramref name="factory"/>.</summary>
    public UserLoaders(IDbContextFactory<AccountsDbContext> factory)
    {
        this.ById = new BatchLoader<int, User?>(async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (User?)u, ct).ConfigureAwait(false);
        });
        this.ByUsername = new BatchLoader<string, User?>(async (names, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Users.AsNoTracking().Where(u => names.Contains(u.Username)).ToDictionaryAsync(u => u.Username, u => (User?)u, StringComparer.Ordinal, ct).ConfigureAwait(false);
        });
        this.WishlistByUser = new BatchLoader<int, string[]?>(async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Wishlist.AsNoTracking().Where(w => ids.Contains(w.UserId)).OrderBy(w => w.Position).ToListAsync(ct).ConfigureAwait(false);
            return rows.GroupBy(w => w.UserId).ToDictionary(g => g.Key, g => (string[]?)g.Select(w => w.Upc).ToArray());
        });
        this.WishCountByUpc = new BatchLoader<string, int?>(async (upcs, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Wishlist.AsNoTracking().Where(w => upcs.Contains(w.Upc)).GroupBy(w => w.Upc)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => (int?)g.Count, StringComparer.Ordinal, ct).ConfigureAwait(false);
        });
    }

    /// <summary>Wishlist UPCs per user id, in list order (null: empty list).</summary>
    public BatchLoader<int, string[]?> WishlistByUser { get; }

    /// <summary>Number of users wishing for each UPC (null: none).</summary>
    public BatchLoader<string, int?> WishCountByUpc { get; }

    /// <summary>Users by primary key.</summary>
    public BatchLoader<int, User?> ById { get; }

    /// <summary>Users by username.</summary>
    public BatchLoader<string, User?> ByUsername { get; }
}
