using GraphGateway.Subgraphs.Accounts.Data;
using GraphGateway.Subgraphs.Accounts.Schema;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Common.Schema;
using GraphQL;
using GraphQL.DI;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Accounts;

/// <summary>The accounts subgraph: users (<c>User</c> entity with keys <c>id</c> and <c>username</c>). Default address http://127.0.0.1:4001.</summary>
public sealed class AccountsSubgraph : ISubgraph
{
    /// <inheritdoc />
    public string Name => "accounts";

    /// <inheritdoc />
    public string DefaultUrl => "http://127.0.0.1:4001";

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddSqliteDbContextFactory<AccountsDbContext>();
        services.AddScoped<UserLoaders>();
    }

    /// <inheritdoc />
    public void ConfigureGraphQL(IGraphQLBuilder builder) =>
        builder.AddSchema<AccountsSchema>().AddGraphTypes(typeof(AccountsSchema).Assembly).AddGraphTypes(typeof(PageInfoType).Assembly);

    /// <inheritdoc />
    public Task EnsureDatabaseAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        SqliteDatabase.EnsureSeededAsync<AccountsDbContext>(
            services,
            async (db, ct) => !await db.Users.AnyAsync(ct).ConfigureAwait(false),
            AccountsDbContext.Seed,
            cancellationToken);
}
