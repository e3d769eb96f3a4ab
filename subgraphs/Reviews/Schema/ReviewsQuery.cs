using System.Globalization;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>Root query fields of the reviews subgraph.</summary>
public sealed class ReviewsQuery : ObjectGraphType
{
    /// <summary>Defines <c>review</c>, <c>reviews</c>, <c>search</c> and <c>topRatedProducts</c>.</summary>
    public ReviewsQuery()
    {
        this.Name = "Query";
        this.Field<ReviewType>("review")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => int.TryParse(c.GetArgument<string>("id"), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? c.RequestServices!.GetRequiredService<ReviewLoaders>().ById.Load(id)
                : null);
        this.Field<NonNullGraphType<ReviewConnectionType>>("reviews")
            .Description("Reviews ordered by id, a page at a time, optionally with a minimum rating.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after")
            .Argument<IntGraphType>("minRating")
            .Cost(5)
            .ListSize(slicingArguments: ["first"], sizedFields: ["edges"])
            .ResolveAsync(async c =>
            {
                var first = Pagination.ValidateFirst(c.GetArgument<int>("first"));
                await using var db = await CreateDbAsync(c).ConfigureAwait(false);
                var query = db.Reviews.AsNoTracking();
                if (c.GetArgument<int?>("minRating") is { } minRating)
                {
                    query = query.Where(r => r.Rating >= minRating);
                }

                var total = await query.CountAsync(c.CancellationToken).ConfigureAwait(false);
                if (c.GetArgument<string?>("after") is { } after)
                {
                    var afterId = int.TryParse(Cursor.Decode(after), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : throw new ExecutionError($"Argument 'after' has an invalid cursor '{after}'.") { Code = "BAD_USER_INPUT" };
                    query = query.Where(r => r.Id > afterId);
                }

                return await Pagination.ToConnectionAsync(query.OrderBy(r => r.Id), total, first, r => r.Id.ToString(CultureInfo.InvariantCulture), c.CancellationToken).ConfigureAwait(false);
            });
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchResultType>>>>("search")
            .Description("Reviews whose text contains the given text (case-insensitive, by id), followed by the products they review.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .ListSize(assumedSize: 20, slicingArguments: ["first"])
            .ResolveAsync(async c =>
            {
                var first = Pagination.ValidateFirst(c.GetArgument<int>("first"));
                var pattern = "%" + EscapeLike(c.GetArgument<string>("text")) + "%";
                await using var db = await CreateDbAsync(c).ConfigureAwait(false);
                var reviews = await db.Reviews.AsNoTracking().Where(r => EF.Functions.Like(r.Body, pattern, "\\"))
                    .OrderBy(r => r.Id).Take(first).ToListAsync(c.CancellationToken).ConfigureAwait(false);
                var products = reviews.Select(r => r.ProductUpc).Distinct(StringComparer.Ordinal).Select(upc => (object)new ReviewedProduct(upc));
                return reviews.Cast<object>().Concat(products).ToList();
            });
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProductType>>>>("topRatedProducts")
            .Description("Products with at least 3 reviews, best average rating first (ties by UPC).")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .ListSize(slicingArguments: ["first"])
            .ResolveAsync(async c =>
            {
                var first = Pagination.ValidateFirst(c.GetArgument<int>("first"));
                await using var db = await CreateDbAsync(c).ConfigureAwait(false);
                var upcs = await db.Reviews.AsNoTracking().GroupBy(r => r.ProductUpc)
                    .Where(g => g.Count() >= 3)
                    .OrderByDescending(g => g.Average(r => (double)r.Rating)).ThenBy(g => g.Key)
                    .Select(g => g.Key).Take(first).ToListAsync(c.CancellationToken).ConfigureAwait(false);
                return upcs.Select(upc => new ReviewedProduct(upc)).ToList();
            });
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static Task<ReviewsDbContext> CreateDbAsync(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IDbContextFactory<ReviewsDbContext>>().CreateDbContextAsync(context.CancellationToken);
}
