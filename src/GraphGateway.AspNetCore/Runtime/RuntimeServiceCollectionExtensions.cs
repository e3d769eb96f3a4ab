using GraphGateway.Execution;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>Registers the gateway runtime: supergraph loading and reload, planner, executor, subgraph clients.</summary>
internal static class RuntimeServiceCollectionExtensions
{
    /// <summary>
    /// Adds the runtime services, configured from <paramref name="section"/> (the <c>GraphGateway</c> section): options
    /// (validated at start), <see cref="IGatewaySnapshotProvider"/> (loads at start, reloads on change), the
    /// <see cref="SubgraphHealthRegistry"/> (URL health across reloads, read with <c>GetStatuses()</c>), and the named
    /// HTTP clients <c>GraphGateway.Subgraph.&lt;name&gt;</c> (SocketsHttpHandler without cookies, redirects or proxy).
    /// </summary>
    public static IServiceCollection AddGatewayRuntime(this IServiceCollection services, IConfigurationSection section)
    {
        services.AddOptions<GatewayRuntimeOptions>().Bind(section).PostConfigure(_ => BindEachSubgraph(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayRuntimeOptions>, GatewayRuntimeOptionsValidator>());
        services.AddHttpClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HttpClientFactoryOptions>, SubgraphHttpClientDefaults>());
        services.TryAddSingleton(static sp => new SubgraphHealthRegistry(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()?.CreateLogger<HttpSubgraphClient>()));
        services.TryAddSingleton<GatewaySnapshotProvider>();
        services.TryAddSingleton<IGatewaySnapshotProvider>(static sp => sp.GetRequiredService<GatewaySnapshotProvider>());
        services.AddHostedService<GatewayRuntimeStartup>();
        return services;
    }

    /// <summary>
    /// The configuration binder silently drops a dictionary entry whose value fails to convert
    /// (<c>GraphGateway:Subgraphs:products:Timeout=abc</c> would lose all of <c>products</c>' settings); binding each
    /// entry on its own surfaces the binder's error instead.
    /// </summary>
    /// <exception cref="InvalidOperationException">A value cannot be converted; the message names the setting.</exception>
    private static void BindEachSubgraph(IConfigurationSection section)
    {
        foreach (var subgraph in section.GetSection("Subgraphs").GetChildren())
        {
            subgraph.Get<SubgraphOptions>();
        }
    }
}
