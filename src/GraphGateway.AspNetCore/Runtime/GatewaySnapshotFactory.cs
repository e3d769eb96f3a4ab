using GraphGateway.AspNetCore.Configuration;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Builds a <see cref="GatewaySnapshot"/> from a loaded supergraph and the <c>GraphGateway</c> options: resolves each
/// subgraph's endpoint, creates the HTTP transport, and wraps it per subgraph in the registered
/// <see cref="SubgraphClientDecorator"/>s (in registration order: the last registered is the outermost).
/// </summary>
internal sealed class GatewaySnapshotFactory(
    IOptions<GraphGatewayOptions> options,
    IHttpClientFactory httpClientFactory,
    IEnumerable<SubgraphClientDecorator> decorators,
    IServiceProvider services,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory,
    SubgraphHealthRegistry health)
{
    private readonly SubgraphClientDecorator[] _decorators = decorators.ToArray();

    /// <summary>The snapshot of <paramref name="source"/>.</summary>
    /// <exception cref="SupergraphException">A subgraph has no usable URL, or a setting names no subgraph of the supergraph.</exception>
    public GatewaySnapshot Create(LoadedSupergraph source)
    {
        var transport = CreateTransport(source, options.Value, httpClientFactory, timeProvider, loggerFactory.CreateLogger<HttpSubgraphClient>(), health);
        var clients = new Dictionary<string, ISubgraphClient>(StringComparer.Ordinal);
        foreach (var subgraph in source.Model.Subgraphs)
        {
            ISubgraphClient client = transport;
            foreach (var decorator in _decorators)
            {
                if (decorator.Subgraph is null || decorator.Subgraph == subgraph.Name)
                {
                    client = decorator.Decorate(services, subgraph.Name, client);
                }
            }

            clients[subgraph.Name] = client;
        }

        return new GatewaySnapshot(source.Model, source.Version, clients, new GatewaySnapshotOptions
        {
            PlanCacheSize = options.Value.QueryPlan.CacheSize,
            MaxPlanningOptions = options.Value.QueryPlan.MaxEvaluatedOptions,
        });
    }

    /// <summary>Resolves subgraph endpoints (configuration, then package settings, then the supergraph's URL) and creates the HTTP transport.</summary>
    /// <exception cref="SupergraphException">
    /// A subgraph has no usable URL, or <c>GraphGateway:Subgraphs:&lt;name&gt;</c> names no subgraph of the supergraph
    /// (a typo would otherwise be ignored); the message names the subgraph and the setting.
    /// </exception>
    /// <remarks>URL health comes from <paramref name="health"/> (kept across reloads); a registry of the transport's own when null.</remarks>
    internal static HttpSubgraphClient CreateTransport(
        LoadedSupergraph source, GraphGatewayOptions options, IHttpClientFactory httpClientFactory, TimeProvider? timeProvider = null, ILogger? transportLogger = null, SubgraphHealthRegistry? health = null)
    {
        var endpoints = new Dictionary<string, SubgraphEndpoint>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var subgraph in source.Model.Subgraphs)
        {
            options.Subgraphs.TryGetValue(subgraph.Name, out var configured);
            var urls = ResolveUrls(source, subgraph, configured);
            var uris = new List<Uri>();
            foreach (var url in urls)
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
                {
                    problems.Add($"Subgraph '{subgraph.Name}' has no usable URL ('{url}'); set GraphGateway:Subgraphs:{subgraph.Name}:Url.");
                    continue;
                }

                uris.Add(uri);
            }

            if (uris.Count == 0)
            {
                if (urls.Count == 0)
                {
                    problems.Add($"Subgraph '{subgraph.Name}' has no usable URL (''); set GraphGateway:Subgraphs:{subgraph.Name}:Url.");
                }

                continue;
            }

            var headers = options.ForwardHeaders.Concat(configured?.ForwardHeaders ?? [])
                .Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            endpoints[subgraph.Name] = new SubgraphEndpoint
            {
                Name = subgraph.Name,
                Url = uris[0],
                AdditionalUrls = uris.Skip(1).ToArray(),
                Timeout = SubgraphResilienceSettings.Timeout(configured, options.SubgraphDefaults),
                MaxResponseBytes = SubgraphResilienceSettings.MaxResponseBytes(configured, options.SubgraphDefaults),
                Resilience = SubgraphResilienceSettings.Resolve(configured, options.SubgraphDefaults),
                ForwardHeaders = headers,
            };
        }

        var known = source.Model.Subgraphs.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
        foreach (var name in options.Subgraphs.Keys.Where(n => !known.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal))
        {
            problems.Add($"GraphGateway:Subgraphs:{name}: no subgraph named '{name}' in the supergraph (subgraphs: {string.Join(", ", known)}).");
        }

        if (problems.Count > 0)
        {
            throw new SupergraphException(problems);
        }

        return new HttpSubgraphClient(httpClientFactory, endpoints, timeProvider, transportLogger, health);
    }

    /// <summary><c>Urls</c>, else <c>Url</c> from configuration; else the package's url and extra urls; else the supergraph's <c>@join__graph(url:)</c>.</summary>
    private static List<string> ResolveUrls(LoadedSupergraph source, SubgraphInfo subgraph, SubgraphOptions? configured)
    {
        if (configured is { Urls.Count: > 0 })
        {
            return configured.Urls.Distinct(StringComparer.Ordinal).ToList();
        }

        if (configured?.Url is { } url)
        {
            return [url];
        }

        if (source.SubgraphUrls.TryGetValue(subgraph.Name, out var first))
        {
            return [first, .. source.SubgraphExtraUrls.GetValueOrDefault(subgraph.Name) ?? []];
        }

        return string.IsNullOrEmpty(subgraph.Url) ? [] : [subgraph.Url];
    }
}
