using GraphGateway.AspNetCore.Builder;
using GraphGateway.AspNetCore.Configuration;
using GraphGateway.AspNetCore.Http;
using GraphGateway.AspNetCore.Runtime;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Pipeline.Stages;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers GraphGateway's services.</summary>
public static class GraphGatewayServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway, configured from the <c>GraphGateway</c> section of <paramref name="configuration"/> (bound once to
    /// <see cref="GraphGatewayOptions"/> and validated at start; docs/configuration.md): the supergraph source and the
    /// snapshot provider (load at start, reload on change), the subgraph HTTP clients and their URL health (<see cref="SubgraphHealthRegistry"/>,
    /// kept across reloads and readable with <c>GetStatuses()</c>), the request pipeline
    /// (docs/architecture.md) and the GraphQL over HTTP endpoint that <c>MapGraphGateway</c> maps. Every default is
    /// registered with <c>TryAdd*</c> and can be replaced.
    /// </summary>
    /// <returns>The builder whose extension methods add stages, subgraph-client decorators, plan-cache key contributors and event listeners.</returns>
    public static IGraphGatewayBuilder AddGraphGateway(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("GraphGateway");
        services.AddOptions<GraphGatewayOptions>().Bind(section).PostConfigure(_ => BindEachSubgraph(section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GraphGatewayOptions>, GraphGatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Runtime: where the supergraph comes from, how subgraphs are called, the current snapshot.
        services.AddHttpClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HttpClientFactoryOptions>, SubgraphHttpClientDefaults>());
        services.TryAddSingleton<ISupergraphSource>(static sp =>
        {
            var supergraph = sp.GetRequiredService<IOptions<GraphGatewayOptions>>().Value.Supergraph;
            return new FileSupergraphSource(supergraph.Path!, supergraph.ReloadOnChange);
        });
        services.TryAddSingleton(static sp => new SubgraphHealthRegistry(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<HttpSubgraphClient>()));
        services.TryAddSingleton<GatewaySnapshotFactory>();
        services.TryAddSingleton<GatewaySnapshotProvider>();
        services.TryAddSingleton<IGatewaySnapshotProvider>(static sp => sp.GetRequiredService<GatewaySnapshotProvider>());
        services.AddHostedService<GatewayRuntimeStartup>();

        // The request pipeline and what its stages need.
        services.TryAddSingleton(static sp => new GatewayEvents(sp.GetServices<IGatewayEventListener>()));
        services.TryAddSingleton(static sp => new DocumentCache(sp.GetRequiredService<IOptions<GraphGatewayOptions>>().Value.Limits.DocumentCacheSize));
        services.TryAddSingleton(static sp => new OperationPreparer(sp.GetRequiredService<DocumentCache>(), sp.GetRequiredService<IOptions<GraphGatewayOptions>>().Value.Limits));
        services.TryAddSingleton(static sp => ExecutionSettings(sp));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanCacheKeyContributor, OverrideLabelsContributor>());
        services.TryAddSingleton(static sp => GatewayPipelineFactory.Create(sp));
        services.TryAddSingleton<GraphQLHttpHandler>();
        return new GraphGatewayBuilder(services, section);
    }

    private static GatewayExecutionSettings ExecutionSettings(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<GraphGatewayOptions>>().Value;
        var isDevelopment = services.GetService<IHostEnvironment>()?.IsDevelopment() ?? false;
        return new GatewayExecutionSettings
        {
            IntrospectionEnabled = options.Introspection.Enabled ?? isDevelopment,
            IncludeExceptionDetails = isDevelopment,
            EnabledOverrideLabels = options.QueryPlan.OverrideLabels.ToHashSet(StringComparer.Ordinal),
        };
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
