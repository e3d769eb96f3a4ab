using System.Globalization;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>Root mutation fields of the reviews subgraph.</summary>
public sealed class ReviewsMutation : ObjectGraphType
{
    /// <summary>Defines <c>addReview</c>.</summary>
    public ReviewsMutation()
    {
        this.Name = "Mutation";
        this.Field<NonNullGraphType<ReviewType>>("addReview")
            .Description("Stores a review; its createdAt is one hour after the newest review.")
            .Argument<NonNullGraphType<AddReviewInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddReviewInput>("input");
                var authorId = Validate(input);
                await using var db = await c.RequestServices!.GetRequiredService<IDbContextFactory<ReviewsDbContext>>().CreateDbContextAsync(c.CancellationToken).ConfigureAwait(false);
                if (!await db.Authors.AnyAsync(a => a.Id == authorId, c.CancellationToken).ConfigureAwait(false))
                {
                    throw BadInput($"input.authorId: no user has id '{input.AuthorId}'.");
                }

                // Deterministic timestamp (no clock): one hour after the newest review.
                var newest = await db.Reviews.MaxAsync(r => (DateTime?)r.CreatedAt, c.CancellationToken).ConfigureAwait(false) ?? SeedFormulas.Epoch;
                var review = new Review
                {
                    ProductUpc = input.ProductUpc,
                    AuthorId = authorId,
                    Rating = input.Rating,
                    Body = input.Body,
                    CreatedAt = DateTime.SpecifyKind(newest, DateTimeKind.Utc).AddHours(1),
                };
                db.Reviews.Add(review);
                await db.SaveChangesAsync(c.CancellationToken).ConfigureAwait(false);
                return review;
            });
    }

    private static int Validate(AddReviewInput input)
    {
        if (input.Rating is < 1 or > 5)
        {
            throw BadInput($"input.rating must be between 1 and 5; got {input.Rating}.");
        }

        if (input.Body.Length is < 1 or > 2000)
        {
            throw BadInput($"input.body must have 1 to 2000 characters; got {input.Body.Length}.");
        }

        if (!IsCatalogueUpc(input.ProductUpc))
        {
            throw BadInput($"input.productUpc: '{input.ProductUpc}' is not a catalogue UPC (P0001..P{SeedFormulas.ProductCount:D4}).");
        }

        return int.TryParse(input.AuthorId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw BadInput($"input.authorId: no user has id '{input.AuthorId}'.");
    }

    private static bool IsCatalogueUpc(string upc) =>
        upc.Length == 5 && upc[0] == 'P'
        && int.TryParse(upc.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
        && index is >= 1 and <= SeedFormulas.ProductCount;

    private static ExecutionError BadInput(string message) => new(message) { Code = "BAD_USER_INPUT" };
}
