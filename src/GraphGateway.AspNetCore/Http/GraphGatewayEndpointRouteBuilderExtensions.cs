using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the GraphQL endpoint.</summary>
public static class GraphGatewayEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP (GET and POST) at <paramref name="pattern"/> (default <c>/graphql</c>).
    /// Requires <c>AddGraphGateway</c>.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphGateway(this IEndpointRouteBuilder endpoints, string pattern = "/graphql") =>
        endpoints.MapMethods(pattern, ["GET", "POST"], static (HttpContext context) => Results.StatusCode(501));
}
