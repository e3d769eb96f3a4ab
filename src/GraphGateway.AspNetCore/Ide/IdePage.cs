using System.Text;
using System.Text.Encodings.Web;

namespace GraphGateway.AspNetCore.Ide;

/// <summary>The IDE's HTML page: loads the bundle from <c>{endpoint}/_ide/</c> and names the GraphQL endpoint.</summary>
internal static class IdePage
{
    /// <summary>
    /// The Content-Security-Policy of the page: everything from the gateway itself, nothing from elsewhere
    /// (inline styles are allowed because the editor positions its popups with them).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Renders the page for the endpoint at <paramref name="endpointPath"/> (path base included, e.g. <c>/graphql</c>).</summary>
    /// <param name="endpointPath">Absolute path of the GraphQL endpoint.</param>
    /// <param name="scriptVersion">ETag of <c>ide.js</c>, appended as <c>?v=</c> so browsers never mix old and new files.</param>
    /// <param name="styleVersion">ETag of <c>ide.css</c>.</param>
    /// <returns>UTF-8 HTML.</returns>
    public static byte[] Render(string endpointPath, string scriptVersion, string styleVersion)
    {
        var html = HtmlEncoder.Default;
        var url = UrlEncoder.Default;
        var assetBase = endpointPath.TrimEnd('/') + "/_ide/";
        var page = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>GraphGateway IDE</title>
            <link rel="icon" href="data:,">
            <link rel="stylesheet" href="{html.Encode(assetBase + IdeAssets.StyleName + "?v=" + url.Encode(styleVersion.Trim('"')))}">
            </head>
            <body>
            <div id="graphiql" data-endpoint="{html.Encode(endpointPath)}">Loading the GraphGateway IDE&#8230;</div>
            <script src="{html.Encode(assetBase + IdeAssets.ScriptName + "?v=" + url.Encode(scriptVersion.Trim('"')))}"></script>
            </body>
            </html>

            """;
        return Encoding.UTF8.GetBytes(page);
    }
}
