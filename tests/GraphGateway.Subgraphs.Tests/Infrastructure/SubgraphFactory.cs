using GraphGateway.Subgraphs.Common.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Tests.Infrastructure;

/// <summary>
/// Hosts one sample subgraph in process on its own temporary SQLite file (seeded on start, deleted on
/// dispose) and counts the SQL commands it executes.
/// </summary>
/// <typeparam name="TSubgraph">The subgraph's <see cref="ISubgraph"/> type; its assembly's entry point is hosted.</typeparam>
public sealed class SubgraphFactory<TSubgraph> : WebApplicationFactory<TSubgraph>
    where TSubgraph : class, ISubgraph
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"gg-subgraph-test-{Guid.NewGuid():N}.db");

    /// <summary>Counts SQL commands once <see cref="SqlCommandCounter.Reset"/> has been called.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>Request size limit configured for the test host (bytes).</summary>
    public const int MaxRequestBytes = 64 * 1024;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(SubgraphOptions.DatabasePathKey, this.databasePath);
        builder.UseSetting(SubgraphOptions.MaxRequestBytesKey, MaxRequestBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(this.SqlCommands));
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm", "-journal" })
        {
            File.Delete(this.databasePath + suffix);
        }
    }
}
