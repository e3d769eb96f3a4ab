using GraphGateway.Core.Operations;
using GraphGateway.Execution;
using GraphGateway.Execution.Introspection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GraphGateway.AspNetCore.Http;

/// <summary>Registers the client-facing GraphQL over HTTP server: request parsing, validation, introspection, limits.</summary>
public static class HttpServiceCollectionExtensions
{
    /// <summary>
    /// Adds the HTTP server services, configured from <paramref name="section"/> (the <c>GraphGateway</c> section):
    /// <see cref="GatewayHttpSettings"/>, the <see cref="DocumentCache"/>, the <see cref="OperationPreparer"/> and an
    /// <see cref="IIntrospectionWriter"/> (<see cref="ApiSchemaIntrospectionWriter"/>) that the runtime's executor uses.
    /// Uses <c>TryAdd*</c>, so tests and hosts can supply their own. An <c>IGatewaySnapshotProvider</c> must be registered
    /// (by the runtime, or by the host).
    /// </summary>
    public static IServiceCollection AddGatewayHttp(this IServiceCollection services, IConfigurationSection section)
    {
        services.TryAddSingleton(sp =>
        {
            var environment = sp.GetService<IHostEnvironment>();
            return GatewayHttpSettings.Read(section, environment?.IsDevelopment() ?? false);
        });
        services.TryAddSingleton(sp => new DocumentCache(sp.GetRequiredService<GatewayHttpSettings>().Limits.DocumentCacheSize));
        services.TryAddSingleton(sp => new OperationPreparer(sp.GetRequiredService<DocumentCache>(), sp.GetRequiredService<GatewayHttpSettings>().Limits));
        services.TryAddSingleton<GraphQLHttpHandler>();

        // Resolved lazily: the snapshot provider may itself ask for the introspection writer while loading.
        services.TryAddSingleton<IIntrospectionWriter>(sp =>
            new ApiSchemaIntrospectionWriter(() => sp.GetService<IGatewaySnapshotProvider>()?.Current?.ApiSchema));
        return services;
    }
}
