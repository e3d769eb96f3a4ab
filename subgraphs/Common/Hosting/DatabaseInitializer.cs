using GraphGateway.Subgraphs.Common.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>
/// Validates the settings and creates and seeds the subgraph database before the server accepts
/// requests, so a bad setting stops the service at start with a message naming it.
/// </summary>
internal sealed class DatabaseInitializer(ISubgraph subgraph, IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<GraphQLHttpOptions>();
        _ = services.GetRequiredService<DatabaseLocation>();
        return subgraph.EnsureDatabaseAsync(services, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
