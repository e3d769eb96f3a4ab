using Microsoft.Extensions.Hosting;

namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>Creates and seeds the subgraph database before the server accepts requests.</summary>
internal sealed class DatabaseInitializer(ISubgraph subgraph, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => subgraph.EnsureDatabaseAsync(services, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
