using GraphGateway.Execution.Pipeline;
using Microsoft.AspNetCore.Http;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// The HTTP side of a gateway request, kept in <see cref="GatewayRequestContext.Transport"/>: the ASP.NET Core
/// <see cref="Microsoft.AspNetCore.Http.HttpContext"/> and the negotiated response media type.
/// </summary>
public sealed class HttpGatewayRequest
{
    internal HttpGatewayRequest(HttpContext httpContext) => HttpContext = httpContext;

    /// <summary>The ASP.NET Core request.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>
    /// The response media type (<c>application/graphql-response+json</c> or <c>application/json</c>), negotiated from
    /// <c>Accept</c> by the read stage; <c>application/json</c> when nothing acceptable was asked for (406).
    /// </summary>
    public string MediaType { get; internal set; } = MediaTypes.Json;
}

/// <summary>Reads the HTTP side of a <see cref="GatewayRequestContext"/>.</summary>
public static class GatewayRequestContextHttpExtensions
{
    /// <summary>The ASP.NET Core request of <paramref name="context"/>, or null when it did not come over HTTP.</summary>
    public static HttpContext? GetHttpContext(this GatewayRequestContext context) => (context.Transport as HttpGatewayRequest)?.HttpContext;
}
