using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace GraphGateway.AspNetCore.Ide;

/// <summary>
/// Serves the GraphQL IDE: the page on a browser's GET of the endpoint path (<c>Accept: text/html</c>
/// and no <c>query</c> parameter, so GraphQL over HTTP GET requests pass through), and the bundle under
/// <c>{endpoint}/_ide/{file}</c>. Every other request goes to the next middleware untouched.
/// </summary>
internal sealed class IdeMiddleware
{
    private const string AssetSegment = "/_ide";

    private readonly RequestDelegate _next;
    private readonly PathString _endpoint;
    private readonly PathString _assetPrefix;
    private readonly IdeAssets _assets;

    /// <summary>Creates the middleware for the endpoint at <paramref name="endpoint"/> (e.g. <c>/graphql</c>).</summary>
    public IdeMiddleware(RequestDelegate next, PathString endpoint, IdeAssets assets)
    {
        _next = next;
        _endpoint = endpoint;
        _assetPrefix = endpoint.Add(AssetSegment);
        _assets = assets;
    }

    /// <summary>Answers IDE requests; passes everything else on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return _next(context);
        }

        if (IsEndpointPath(request.Path))
        {
            return IsBrowserPageRequest(request) ? WritePageAsync(context) : _next(context);
        }

        if (request.Path.StartsWithSegments(_assetPrefix, StringComparison.OrdinalIgnoreCase, out var rest)
            && rest.Value is { Length: > 1 } name
            && _assets.Find(name[1..]) is { } asset)
        {
            return WriteAssetAsync(context, asset);
        }

        return _next(context);
    }

    /// <summary>
    /// True for what a browser sends when the endpoint is opened: <c>Accept</c> lists <c>text/html</c>
    /// and there is no <c>query</c> parameter (a GraphQL over HTTP GET always has one).
    /// </summary>
    internal static bool IsBrowserPageRequest(HttpRequest request)
    {
        if (request.Query.ContainsKey("query"))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        foreach (var range in accept)
        {
            if (range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsEndpointPath(PathString path) =>
        path.Equals(_endpoint, StringComparison.OrdinalIgnoreCase)
        || (path.Value is { } value && value.Length == _endpoint.Value!.Length + 1 && value.EndsWith('/')
            && path.StartsWithSegments(_endpoint, StringComparison.OrdinalIgnoreCase));

    private Task WritePageAsync(HttpContext context)
    {
        var script = _assets.Find(IdeAssets.ScriptName)!;
        var style = _assets.Find(IdeAssets.StyleName)!;
        var body = IdePage.Render(context.Request.PathBase.Add(_endpoint).Value!, script.ETag, style.ETag);

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = body.Length;
        var headers = response.Headers;
        headers.CacheControl = "no-cache";
        headers.Vary = HeaderNames.Accept;
        headers.ContentSecurityPolicy = IdePage.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body).AsTask();
    }

    private static Task WriteAssetAsync(HttpContext context, IdeAsset asset)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";

        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = asset.ContentType;
        response.ContentLength = asset.Content.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(asset.Content).AsTask();
    }
}
