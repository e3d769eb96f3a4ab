using GraphGateway.Subgraphs.Common.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Common.Data;

/// <summary>SQLite registration and first-start seeding shared by the sample subgraphs.</summary>
public static class SqliteDatabase
{
    /// <summary>
    /// Registers an <see cref="IDbContextFactory{TContext}"/> over the SQLite file named by the registered <see cref="DatabaseLocation"/>.
    /// Every <see cref="IInterceptor"/> registered in the container is added (tests count SQL commands this way).
    /// </summary>
    /// <typeparam name="TContext">The subgraph's context type.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddSqliteDbContextFactory<TContext>(this IServiceCollection services)
        where TContext : DbContext
    {
        services.AddDbContextFactory<TContext>((sp, options) => options
            .UseSqlite($"Data Source={sp.GetRequiredService<DatabaseLocation>().Path}")
            .AddInterceptors(sp.GetServices<IInterceptor>()));
        return services;
    }

    /// <summary>Creates the database if needed and, when <paramref name="isEmpty"/> says so, runs <paramref name="seed"/> and saves.</summary>
    /// <typeparam name="TContext">The subgraph's context type.</typeparam>
    /// <param name="services">The root service provider.</param>
    /// <param name="isEmpty">Tells whether the database still needs its seed data.</param>
    /// <param name="seed">Adds the deterministic seed rows to the context.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the database is ready.</returns>
    public static async Task EnsureSeededAsync<TContext>(
        IServiceProvider services, Func<TContext, CancellationToken, Task<bool>> isEmpty, Action<TContext> seed, CancellationToken cancellationToken)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(isEmpty);
        ArgumentNullException.ThrowIfNull(seed);
        var factory = services.GetRequiredService<IDbContextFactory<TContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (!await isEmpty(db, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        seed(db);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
