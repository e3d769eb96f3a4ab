using Microsoft.Extensions.Configuration;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Configures the gateway that <c>services.AddGraphGateway(configuration)</c> added (docs/architecture.md "The gateway
/// builder"): extension methods on this type add pipeline stages, decorate subgraph clients (one subgraph or all),
/// contribute to the plan-cache key, observe execution events and choose the supergraph source. Every default is
/// registered with <c>TryAdd*</c>, so a service registered before or after <c>AddGraphGateway</c> replaces it.
/// </summary>
public interface IGraphGatewayBuilder
{
    /// <summary>The application's services.</summary>
    IServiceCollection Services { get; }

    /// <summary>The <c>GraphGateway</c> configuration section the gateway is bound to.</summary>
    IConfigurationSection Configuration { get; }
}

/// <summary>The <see cref="IGraphGatewayBuilder"/> that <c>AddGraphGateway</c> returns.</summary>
internal sealed class GraphGatewayBuilder(IServiceCollection services, IConfigurationSection configuration) : IGraphGatewayBuilder
{
    public IServiceCollection Services { get; } = services;

    public IConfigurationSection Configuration { get; } = configuration;
}
