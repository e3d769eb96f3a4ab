using GraphGateway.AspNetCore.Ide;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds GraphGateway's GraphQL IDE (GraphiQL with a query plan view) to the pipeline.</summary>
public static class GraphGatewayIdeApplicationBuilderExtensions
{
    /// <summary>
    /// Serves the GraphQL IDE when <paramref name="pattern"/> (default <c>/graphql</c>) is opened in a browser:
    /// a GET or HEAD with <c>Accept: text/html</c> and no <c>query</c> parameter gets the IDE page, and
    /// <c>{pattern}/_ide/{file}</c> its bundled script and styles (embedded in this assembly; nothing from a CDN).
    /// Every other request passes through, so call this before routing and map the GraphQL endpoint
    /// (<c>MapGraphGateway(pattern)</c>) as usual. The IDE sends operations as POST JSON to <paramref name="pattern"/>
    /// with <c>GraphGateway-Query-Plan: true</c> and shows <c>extensions.queryPlan</c> of the last operation.
    /// <para>
    /// On when <c>GraphGateway:Ide:Enabled</c> is true, or when it is unset and the environment is Development;
    /// otherwise this adds nothing.
    /// </para>
    /// </summary>
    /// <param name="app">The application.</param>
    /// <param name="pattern">The GraphQL endpoint path; must start with <c>/</c>.</param>
    /// <returns><paramref name="app"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is empty or does not start with <c>/</c>.</exception>
    public static IApplicationBuilder UseGraphGatewayIde(this IApplicationBuilder app, string pattern = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(app);
        if (string.IsNullOrEmpty(pattern) || pattern[0] != '/')
        {
            throw new ArgumentException($"The IDE path must start with '/', got '{pattern}'.", nameof(pattern));
        }

        var services = app.ApplicationServices;
        // The gateway's options when AddGraphGateway bound them; otherwise (the IDE alone) the section itself.
        GraphGatewayIdeOptions options;
        if (services.GetService<IServiceProviderIsService>()?.IsService(typeof(GraphGateway.Execution.IGatewaySnapshotProvider)) == true)
        {
            options = services.GetRequiredService<IOptions<GraphGateway.AspNetCore.Configuration.GraphGatewayOptions>>().Value.Ide;
        }
        else
        {
            options = new GraphGatewayIdeOptions();
            services.GetService<IConfiguration>()?.GetSection(GraphGatewayIdeOptions.SectionName).Bind(options);
        }

        var environment = services.GetService<IHostEnvironment>();
        var enabled = options.Enabled ?? environment?.IsDevelopment() ?? false;
        if (!enabled)
        {
            return app;
        }

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger("GraphGateway.AspNetCore.Ide")
            ?? NullLogger.Instance;
        var assets = IdeAssets.Load(typeof(IdeMiddleware).Assembly);
        if (!assets.IsComplete)
        {
            IdeLog.IdeAssetsMissing(logger);
            return app;
        }

        var endpoint = new PathString(pattern.Length > 1 ? pattern.TrimEnd('/') : pattern);
        IdeLog.IdeEnabled(logger, endpoint.Value!);
        return app.UseMiddleware<IdeMiddleware>(endpoint, assets);
    }
}
