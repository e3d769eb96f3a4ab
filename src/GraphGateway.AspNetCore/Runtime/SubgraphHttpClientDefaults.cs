using System.Net;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Gives every named client <c>GraphGateway.Subgraph.&lt;name&gt;</c> a <see cref="SocketsHttpHandler"/> without cookies,
/// redirects or proxy, unless another primary handler was configured for it (tests plug in in-process handlers).
/// Timeouts are applied per request by <see cref="HttpSubgraphClient"/>.
/// </summary>
internal sealed class SubgraphHttpClientDefaults : IConfigureNamedOptions<HttpClientFactoryOptions>
{
    private static readonly string Prefix = HttpSubgraphClient.ClientName(string.Empty);

    public void Configure(HttpClientFactoryOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, HttpClientFactoryOptions options)
    {
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        options.HttpClientActions.Add(static client => client.Timeout = Timeout.InfiniteTimeSpan);
        options.HttpMessageHandlerBuilderActions.Add(static builder =>
        {
            if (builder.PrimaryHandler is HttpClientHandler)
            {
                builder.PrimaryHandler = new SocketsHttpHandler
                {
                    UseCookies = false,
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    MaxConnectionsPerServer = 256,
                };
            }
        });
    }
}
