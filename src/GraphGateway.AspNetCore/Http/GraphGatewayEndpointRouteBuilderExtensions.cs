using GraphGateway.AspNetCore.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphGatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP (GET for queries, POST for all operations) at <paramref name="pattern"/> (default <c>/graphql</c>).
    /// Requires <c>AddGraphGateway</c> (or <c>AddGatewayHttp</c> plus an <c>IGatewaySnapshotProvider</c>).
    /// </summary>
    public static IEndpointConventionBuilder MapGraphGateway(this IEndpointRouteBuilder endpoints, string pattern = "/graphql")
    {
        var handler = endpoints.ServiceProvider.GetRequiredService<GraphQLHttpHandler>();
        return endpoints.MapMethods(pattern, ["GET", "POST"], (RequestDelegate)handler.HandleAsync);
    }
}
