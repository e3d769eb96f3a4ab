using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphGateway.Subgraphs.Reviews.Schema;
using GraphQL;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews;

/// <summary>The reviews subgraph: reviews, per-product and per-user review lists, search. Default address http://127.0.0.1:4004.</summary>
public sealed class ReviewsSubgraph : ISubgraph
{
    /// <inheritdoc />
    public string Name => "reviews";

    /// <inheritdoc />
    public string DefaultUrl => "http://127.0.0.1:4004";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSqliteDbContextFactory<ReviewsDbContext>();
        services.AddScoped<ReviewLoaders>();
    }

    /// <inheritdoc />
    public void ConfigureGraphQL(IGraphQLBuilder builder) =>
        builder.AddSchema<ReviewsSchema>().AddGraphTypes(typeof(ReviewsSchema).Assembly).AddGraphTypes(typeof(PageInfoType).Assembly);

    /// <inheritdoc />
    public Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SqliteDatabase.EnsureSeededAsync<ReviewsDbContext>(
            services,
            async (db, ct) => !await db.Reviews.AnyAsync(ct).ConfigureAwait(false),
            ReviewsDbContext.Seed,
            cancellationToken);
}
