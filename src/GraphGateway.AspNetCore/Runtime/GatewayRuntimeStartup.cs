using GraphGateway.Execution;
using Microsoft.Extensions.Hosting;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>Loads the supergraph when the host starts, so a bad first load stops the app with its message.</summary>
internal sealed class GatewayRuntimeStartup(IGatewaySnapshotProvider provider) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = provider.Current;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
