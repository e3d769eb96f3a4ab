using GraphGateway.AspNetCore.Http;
using GraphGateway.AspNetCore.Runtime;
using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers GraphGateway's services.</summary>
public static class GraphGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway: the runtime (supergraph loading and reload, planning, execution, subgraph HTTP)
    /// and the client-facing GraphQL over HTTP server (validation, introspection, limits), configured from
    /// the <c>GraphGateway</c> section of <paramref name="configuration"/>. Defaults use <c>TryAdd*</c> so they can be replaced.
    /// </summary>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddGraphGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphGateway");
        services.AddGatewayRuntime(section);
        services.AddGatewayHttp(section);
        return services;
    }
}
