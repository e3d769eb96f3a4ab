using GraphGateway.Subgraphs.Common.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace GraphGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Hosts one sample subgraph in process (TestServer) on its own temporary SQLite file, created and seeded on
/// start and deleted on dispose.
/// </summary>
/// <typeparam name="TSubgraph">The subgraph's <see cref="ISubgraph"/> marker type; its assembly's entry point is hosted.</typeparam>
internal sealed class SubgraphFactory<TSubgraph> : WebApplicationFactory<TSubgraph>
    where TSubgraph : class, ISubgraph
{
    private readonly string databasePath = Path.Combine(Path.GetTempPath(), $"gg-e2e-{typeof(TSubgraph).Name}-{Guid.NewGuid():N}.db");

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting(SubgraphOptions.DatabasePathKey, this.databasePath);
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
