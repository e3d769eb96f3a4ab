using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Products.Data;
using GraphGateway.Subgraphs.Products.Schema;
using GraphQL;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Products;

/// <summary>The products subgraph: the catalogue (<c>Product</c>, <c>ProductVariant</c>, entity interface <c>Item</c>). Default address http://127.0.0.1:4002.</summary>
public sealed class ProductsSubgraph : ISubgraph
{
    /// <inheritdoc />
    public string Name => "products";

    /// <inheritdoc />
    public string DefaultUrl => "http://127.0.0.1:4002";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSqliteDbContextFactory<ProductsDbContext>();
        services.AddScoped<ProductLoaders>();
    }

    /// <inheritdoc />
    public void ConfigureGraphQL(IGraphQLBuilder builder) =>
        builder.AddSchema<ProductsSchema>().AddGraphTypes(typeof(ProductsSchema).Assembly).AddGraphTypes(typeof(PageInfoType).Assembly);

    /// <inheritdoc />
    public Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SqliteDatabase.EnsureSeededAsync<ProductsDbContext>(
            services,
            async (db, ct) => !await db.Products.AnyAsync(ct).ConfigureAwait(false),
            ProductsDbContext.Seed,
            cancellationToken);
}
