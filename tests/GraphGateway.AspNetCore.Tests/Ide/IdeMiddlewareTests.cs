using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace GraphGateway.AspNetCore.Tests.Ide;

public sealed class IdeMiddlewareTests
{
    private const string EndpointMarker = "graphql-endpoint";

    [Fact]
    public async Task Get_BrowserAcceptInDevelopment_ServesIdePage()
    {
        await using var app = await StartAsync("Development");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        Assert.Equal(["Accept"], response.Headers.Vary);
        Assert.Equal(
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
            response.Headers.GetValues("Content-Security-Policy").Single());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"graphiql\" data-endpoint=\"/graphql\">", html);
        Assert.Contains("<script src=\"/graphql/_ide/ide.js?v=", html);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/graphql/_ide/ide.css?v=", html);
        Assert.DoesNotContain("http", html);
    }

    [Fact]
    public async Task Get_TrailingSlash_ServesIdePage()
    {
        await using var app = await StartAsync("Development");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/graphql/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_WithPathBase_PageNamesFullEndpointPath()
    {
        await using var app = await StartAsync("Development", pathBase: "/api");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/api/graphql"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-endpoint=\"/api/graphql\"", html);
        Assert.Contains("src=\"/api/graphql/_ide/ide.js?v=", html);
    }

    [Fact]
    public async Task Head_BrowserAccept_ReturnsHeadersWithoutBody()
    {
        await using var app = await StartAsync("Development");
        var request = BrowserGet("/graphql");
        request.Method = HttpMethod.Head;
        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_WithQueryParameter_PassesToGraphQLEndpoint()
    {
        await using var app = await StartAsync("Development");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/graphql?query=%7B__typename%7D"));

        Assert.Equal(EndpointMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_JsonAccept_PassesToGraphQLEndpoint()
    {
        await using var app = await StartAsync("Development");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(EndpointMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_HtmlAccept_PassesToGraphQLEndpoint()
    {
        await using var app = await StartAsync("Development");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{__typename}\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(EndpointMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_Script_ServedWithETagAndJavaScriptType()
    {
        await using var app = await StartAsync("Development");
        using var response = await app.GetTestClient().GetAsync("/graphql/_ide/ide.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }

    [Fact]
    public async Task Get_StylesheetWithMatchingIfNoneMatch_Returns304()
    {
        await using var app = await StartAsync("Development");
        var client = app.GetTestClient();
        using var first = await client.GetAsync("/graphql/_ide/ide.css");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/_ide/ide.css");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal("text/css", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_UnknownAsset_PassesThrough()
    {
        await using var app = await StartAsync("Development");
        using var response = await app.GetTestClient().GetAsync("/graphql/_ide/secrets.txt");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_BrowserAcceptInProduction_IdeOffByDefault()
    {
        await using var app = await StartAsync("Production");
        var client = app.GetTestClient();
        using var page = await client.SendAsync(BrowserGet("/graphql"));
        using var script = await client.GetAsync("/graphql/_ide/ide.js");

        Assert.Equal(EndpointMarker, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public async Task Get_ProductionWithEnabledTrue_ServesIdePage()
    {
        await using var app = await StartAsync("Production", enabled: "true");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/graphql"));

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Get_DevelopmentWithEnabledFalse_PassesToGraphQLEndpoint()
    {
        await using var app = await StartAsync("Development", enabled: "false");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/graphql"));

        Assert.Equal(EndpointMarker, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_CustomPattern_ServesIdeThere()
    {
        await using var app = await StartAsync("Development", pattern: "/api/gql");
        using var response = await app.GetTestClient().SendAsync(BrowserGet("/api/gql"));

        Assert.Contains("data-endpoint=\"/api/gql\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void UseGraphGatewayIde_PatternWithoutSlash_ThrowsNamingPattern()
    {
        var app = WebApplication.CreateBuilder().Build();

        var error = Assert.Throws<ArgumentException>(() => app.UseGraphGatewayIde("graphql"));

        Assert.Equal("The IDE path must start with '/', got 'graphql'. (Parameter 'pattern')", error.Message);
    }

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    private static async Task<WebApplication> StartAsync(string environment, string? enabled = null, string? pathBase = null, string pattern = "/graphql")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        if (enabled is not null)
        {
            builder.Configuration.AddInMemoryCollection([new KeyValuePair<string, string?>("GraphGateway:Ide:Enabled", enabled)]);
        }

        var app = builder.Build();
        if (pathBase is not null)
        {
            app.UsePathBase(pathBase);
        }

        app.UseGraphGatewayIde(pattern);
        app.UseRouting();
        app.MapMethods(pattern, ["GET", "POST"], static () => Results.Text(EndpointMarker));
        await app.StartAsync();
        return app;
    }
}
