using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Inventory.Data;
using GraphGateway.Subgraphs.Inventory.Schema;
using GraphQL;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Inventory;

/// <summary>The inventory subgraph: stock per product, shipping and delivery estimates. Default address http://127.0.0.1:4003.</summary>
public sealed class InventorySubgraph : ISubgraph
{
    /// <inheritdoc />
    public string Name => "inventory";

    /// <inheritdoc />
    public string DefaultUrl => "http://127.0.0.1:4003";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSqliteDbContextFactory<InventoryDbContext>();
        services.AddScoped<StockLoader>();
    }

    /// <inheritdoc />
    public void ConfigureGraphQL(IGraphQLBuilder builder) =>
        builder.AddSchema<InventorySchema>().AddGraphTypes(typeof(InventorySchema).Assembly);

    /// <inheritdoc />
    public Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SqliteDatabase.EnsureSeededAsync<InventoryDbContext>(
            services,
            async (db, ct) => !await db.Stock.AnyAsync(ct).ConfigureAwait(false),
            InventoryDbContext.Seed,
            cancellationToken);
}
