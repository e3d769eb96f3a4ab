using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Accounts.Data;

/// <summary>Per-request batch loaders for users (by id, by username) and wishlists (one SQL query per batch).</summary>
public sealed class UserLoaders
{
    /// <summary>Creates the loaders over <paramref name="factory"/>.</summary>
    public UserLoaders(IDbContextFactory<AccountsDbContext> factory)
    {
        this.ByKey = new BatchLoader<UserKey, User?>(async (keys, ct) =>
        {
            var ids = keys.Where(k => k.Username is null).Select(k => k.Id).ToList();
            var names = keys.Where(k => k.Username is not null).Select(k => k.Username!).ToList();
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) || names.Contains(u.Username)).ToListAsync(ct).ConfigureAwait(false);
            var result = new Dictionary<UserKey, User?>();
            foreach (var row in rows)
            {
                result[UserKey.ForId(row.Id)] = row;
                result[UserKey.ForUsername(row.Username)] = row;
            }

            return result;
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

    /// <summary>Users by either key; one SQL query per batch, whichever keys it mixes.</summary>
    public BatchLoader<UserKey, User?> ByKey { get; }
}

/// <summary>One of the two keys of a user: the id, or (when <paramref name="Username"/> is set) the username.</summary>
/// <param name="Id">The <c>id</c> key (0 when the username is the key).</param>
/// <param name="Username">The <c>username</c> key, or null.</param>
public readonly record struct UserKey(int Id, string? Username)
{
    /// <summary>The <c>id</c> key.</summary>
    public static UserKey ForId(int id) => new(id, null);

    /// <summary>The <c>username</c> key.</summary>
    public static UserKey ForUsername(string username) => new(0, username);
}
