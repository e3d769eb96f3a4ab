using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Reviews.Data;

/// <summary>Per-request batch loaders of the reviews subgraph (one SQL query per batch and argument set).</summary>
public sealed class ReviewLoaders
{
    private readonly IDbContextFactory<ReviewsDbContext> factory;

    /// <summary>Creates the loaders over <paramref name="factory"/>.</summary>
    public ReviewLoaders(IDbContextFactory<ReviewsDbContext> factory)
    {
        this.factory = factory;
        this.ById = new BatchLoader<int, Review?>(async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => (Review?)r, ct).ConfigureAwait(false);
        });
        this.AuthorById = new BatchLoader<int, Author?>(async (ids, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            return await db.Authors.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (Author?)a, ct).ConfigureAwait(false);
        });
        this.StatsByUpc = new BatchLoader<string, ReviewStats?>(async (upcs, ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
            var rows = await db.Reviews.AsNoTracking().Where(r => upcs.Contains(r.ProductUpc))
                .GroupBy(r => r.ProductUpc)
                .Select(g => new { Upc = g.Key, Count = g.Count(), Sum = g.Sum(r => r.Rating) })
                .ToListAsync(ct).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Upc, r => (ReviewStats?)new ReviewStats(r.Count, r.Sum), StringComparer.Ordinal);
        });
        this.ByProduct = new BatchLoader<(string Upc, int First, int MinRating), Review[]?>(this.LoadByProductAsync);
        this.ByAuthor = new BatchLoader<(int AuthorId, int First), Review[]?>(this.LoadByAuthorAsync);
    }

    /// <summary>Reviews by id.</summary>
    public BatchLoader<int, Review?> ById { get; }

    /// <summary>Author profiles by user id.</summary>
    public BatchLoader<int, Author?> AuthorById { get; }

    /// <summary>Review count and rating sum per product UPC (null: no reviews).</summary>
    public BatchLoader<string, ReviewStats?> StatsByUpc { get; }

    /// <summary>Newest reviews of a product with at least a rating, at most <c>First</c> (null: none).</summary>
    public BatchLoader<(string Upc, int First, int MinRating), Review[]?> ByProduct { get; }

    /// <summary>Newest reviews by an author, at most <c>First</c> (null: none).</summary>
    public BatchLoader<(int AuthorId, int First), Review[]?> ByAuthor { get; }

    private async Task<IReadOnlyDictionary<(string Upc, int First, int MinRating), Review[]?>> LoadByProductAsync(
        IReadOnlyCollection<(string Upc, int First, int MinRating)> keys, CancellationToken ct)
    {
        var result = new Dictionary<(string Upc, int First, int MinRating), Review[]?>();
        await using var db = await this.factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        foreach (var group in keys.GroupBy(k => (k.First, k.MinRating)))
        {
            var upcs = group.Select(k => k.Upc).ToList();
            var minRating = group.Key.MinRating;
            var rows = await db.Reviews.AsNoTracking().Where(r => upcs.Contains(r.ProductUpc) && r.Rating >= minRating)
                .OrderByDescending(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
            foreach (var byUpc in rows.GroupBy(r => r.ProductUpc, StringComparer.Ordinal))
            {
                result[(byUpc.Key, group.Key.First, minRating)] = [.. byUpc.Take(group.Key.First)];
            }
        }

        return result;
    }

    private async Task<IReadOnlyDictionary<(int AuthorId, int First), Review[]?>> LoadByAuthorAsync(
        IReadOnlyCollection<(int AuthorId, int First)> keys, CancellationToken ct)
    {
        var result = new Dictionary<(int AuthorId, int First), Review[]?>();
        await using var db = await this.factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        foreach (var group in keys.GroupBy(k => k.First))
        {
            var ids = group.Select(k => k.AuthorId).ToList();
            var rows = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.AuthorId))
                .OrderByDescending(r => r.Id).ToListAsync(ct).ConfigureAwait(false);
            foreach (var byAuthor in rows.GroupBy(r => r.AuthorId))
            {
                result[(byAuthor.Key, group.Key)] = [.. byAuthor.Take(group.Key)];
            }
        }

        return result;
    }
}

/// <summary>Aggregate ratings of one product.</summary>
/// <param name="Count">Number of reviews.</param>
/// <param name="RatingSum">Sum of their ratings.</param>
public sealed record ReviewStats(int Count, int RatingSum);
