using GraphGateway.Subgraphs.Common.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphGateway.Subgraphs.Reviews.Data;

/// <summary>The reviews database: <c>Reviews</c> and <c>Authors</c>.</summary>
public sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options) : DbContext(options)
{
    /// <summary>Reviews.</summary>
    public DbSet<Review> Reviews => this.Set<Review>();

    /// <summary>Author profiles.</summary>
    public DbSet<Author> Authors => this.Set<Author>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var review = modelBuilder.Entity<Review>();
        review.HasIndex(r => r.ProductUpc);
        review.HasIndex(r => r.AuthorId);
        review.Property(r => r.CreatedAt).HasConversion(new UtcDateTimeConverter());
        modelBuilder.Entity<Author>().Property(a => a.Id).ValueGeneratedNever();
    }

    /// <summary>Adds the author profiles and <see cref="SeedFormulas.ReviewCount"/> reviews.</summary>
    internal static void Seed(ReviewsDbContext db)
    {
        for (var i = 1; i <= SeedFormulas.UserCount; i++)
        {
            db.Authors.Add(new Author { Id = i, Username = SeedFormulas.Username(i), Name = SeedFormulas.UserName(i) });
        }

        for (var j = 1; j <= SeedFormulas.ReviewCount; j++)
        {
            db.Reviews.Add(new Review
            {
                Id = j,
                ProductUpc = SeedFormulas.Upc(SeedFormulas.ReviewProductIndex(j)),
                AuthorId = SeedFormulas.ReviewAuthorIndex(j),
                Rating = SeedFormulas.ReviewRating(j),
                Body = SeedFormulas.ReviewBody(j),
                CreatedAt = SeedFormulas.ReviewCreatedAt(j),
            });
        }
    }
}
