using GraphGateway.AspNetCore.Builder;
using GraphGateway.AspNetCore.Runtime;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The extension points of the gateway (docs/architecture.md "The gateway builder").</summary>
public static class GraphGatewayBuilderExtensions
{
    /// <summary>
    /// Adds a pipeline stage of type <typeparamref name="TStage"/> (created once, constructor dependencies from the
    /// application's services) before, after or instead of the stage named <paramref name="anchor"/>.
    /// </summary>
    /// <param name="builder">The gateway builder.</param>
    /// <param name="anchor">A <see cref="GatewayStages"/> name, or the name of a stage added before this one.</param>
    /// <param name="placement">Where the stage goes relative to <paramref name="anchor"/>.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder AddStage<TStage>(this IGraphGatewayBuilder builder, string anchor, StagePlacement placement)
        where TStage : class, IGatewayStage =>
        builder.AddStage(anchor, placement, static services => ActivatorUtilities.CreateInstance<TStage>(services));

    /// <summary>Adds the pipeline stage <paramref name="factory"/> creates (once) before, after or instead of <paramref name="anchor"/>.</summary>
    /// <param name="builder">The gateway builder.</param>
    /// <param name="anchor">A <see cref="GatewayStages"/> name, or the name of a stage added before this one.</param>
    /// <param name="placement">Where the stage goes relative to <paramref name="anchor"/>.</param>
    /// <param name="factory">Creates the stage from the application's services.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder AddStage(this IGraphGatewayBuilder builder, string anchor, StagePlacement placement, Func<IServiceProvider, IGatewayStage> factory)
    {
        ArgumentException.ThrowIfNullOrEmpty(anchor);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.AddSingleton(new GatewayStageRegistration(anchor, placement, factory));
        return builder;
    }

    /// <summary>
    /// Wraps the client of every subgraph: <paramref name="decorate"/> gets the services, the subgraph name and the client
    /// built so far, and returns the client to use. Decorators apply in registration order (the last is the outermost),
    /// each time a supergraph is loaded.
    /// </summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder DecorateSubgraphClients(this IGraphGatewayBuilder builder, Func<IServiceProvider, string, ISubgraphClient, ISubgraphClient> decorate)
    {
        ArgumentNullException.ThrowIfNull(decorate);
        builder.Services.AddSingleton(new SubgraphClientDecorator(null, decorate));
        return builder;
    }

    /// <summary>Wraps the client of the subgraph named <paramref name="subgraph"/> (see <see cref="DecorateSubgraphClients"/>).</summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder DecorateSubgraphClient(this IGraphGatewayBuilder builder, string subgraph, Func<IServiceProvider, ISubgraphClient, ISubgraphClient> decorate)
    {
        ArgumentException.ThrowIfNullOrEmpty(subgraph);
        ArgumentNullException.ThrowIfNull(decorate);
        builder.Services.AddSingleton(new SubgraphClientDecorator(subgraph, (services, _, inner) => decorate(services, inner)));
        return builder;
    }

    /// <summary>Adds a plan-cache key contributor (a singleton; called by the plan stage for every request, in registration order).</summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder AddPlanCacheKeyContributor<TContributor>(this IGraphGatewayBuilder builder)
        where TContributor : class, IPlanCacheKeyContributor
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlanCacheKeyContributor, TContributor>());
        return builder;
    }

    /// <summary>Adds a listener of execution events (a singleton; see <see cref="IGatewayEventListener"/>).</summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder AddEventListener<TListener>(this IGraphGatewayBuilder builder)
        where TListener : class, IGatewayEventListener
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IGatewayEventListener, TListener>());
        return builder;
    }

    /// <summary>
    /// Serves the supergraph of <paramref name="factory"/>'s source instead of <c>GraphGateway:Supergraph:Path</c>
    /// (which is then not required).
    /// </summary>
    /// <returns><paramref name="builder"/>.</returns>
    public static IGraphGatewayBuilder UseSupergraphSource(this IGraphGatewayBuilder builder, Func<IServiceProvider, ISupergraphSource> factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.RemoveAll<ISupergraphSource>();
        builder.Services.AddSingleton(factory);
        builder.Services.TryAddSingleton<CustomSupergraphSource>();
        return builder;
    }
}

/// <summary>Registered by <c>UseSupergraphSource</c>: the supergraph does not come from <c>GraphGateway:Supergraph:Path</c>.</summary>
internal sealed class CustomSupergraphSource;
