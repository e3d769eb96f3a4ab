using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>Builds a <see cref="GatewaySnapshot"/> from a loaded supergraph and the runtime options.</summary>
internal static class GatewaySnapshotFactory
{
    /// <summary>Resolves subgraph endpoints (configuration, then package settings, then the supergraph's URL) and creates the executor.</summary>
    /// <exception cref="SupergraphException">
    /// A subgraph has no usable URL, or <c>GraphGateway:Subgraphs:&lt;name&gt;</c> names no subgraph of the supergraph
    /// (a typo would otherwise be ignored); the message names the subgraph and the setting.
    /// </exception>
    public static GatewaySnapshot Create(SupergraphSource source, GatewayRuntimeOptions options, IHttpClientFactory httpClientFactory, IIntrospectionWriter? introspection, TimeProvider? timeProvider = null, Microsoft.Extensions.Logging.ILogger? transportLogger = null, SubgraphHealthRegistry? health = null)
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

        var executor = new FederatedExecutor(
            source.Model,
            new HttpSubgraphClient(httpClientFactory, endpoints, timeProvider, transportLogger, health),
            new ExecutorOptions
            {
                PlanCacheSize = options.QueryPlan.CacheSize,
                EnabledOverrideLabels = options.QueryPlan.OverrideLabels.ToHashSet(StringComparer.Ordinal),
                MaxPlanningOptions = options.QueryPlan.MaxEvaluatedOptions,
            },
            introspection);
        return new GatewaySnapshot(source.Model.ApiSchema, source.Model.Supergraph, executor, source.Version);
    }

    /// <summary><c>Urls</c>, else <c>Url</c> from configuration; else the package's url and extra urls; else the supergraph's <c>@join__graph(url:)</c>.</summary>
    private static List<string> ResolveUrls(SupergraphSource source, SubgraphInfo subgraph, SubgraphOptions? configured)
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
