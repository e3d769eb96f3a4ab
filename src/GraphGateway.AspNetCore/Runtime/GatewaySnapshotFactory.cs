using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Transport;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>Builds a <see cref="GatewaySnapshot"/> from a loaded supergraph and the runtime options.</summary>
internal static class GatewaySnapshotFactory
{
    /// <summary>Resolves subgraph endpoints (configuration, then package settings, then the supergraph's URL) and creates the executor.</summary>
    /// <exception cref="SupergraphException">A subgraph has no usable URL; the message names the subgraph and the setting.</exception>
    public static GatewaySnapshot Create(SupergraphSource source, GatewayRuntimeOptions options, IHttpClientFactory httpClientFactory, IIntrospectionWriter? introspection)
    {
        var endpoints = new Dictionary<string, SubgraphEndpoint>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var subgraph in source.Model.Subgraphs)
        {
            options.Subgraphs.TryGetValue(subgraph.Name, out var configured);
            var url = configured?.Url
                ?? source.SubgraphUrls.GetValueOrDefault(subgraph.Name)
                ?? (string.IsNullOrEmpty(subgraph.Url) ? null : subgraph.Url);
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                problems.Add($"Subgraph '{subgraph.Name}' has no usable URL ('{url}'); set GraphGateway:Subgraphs:{subgraph.Name}:Url.");
                continue;
            }

            var headers = options.ForwardHeaders.Concat(configured?.ForwardHeaders ?? [])
                .Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
            endpoints[subgraph.Name] = new SubgraphEndpoint
            {
                Name = subgraph.Name,
                Url = uri,
                Timeout = configured?.Timeout ?? TimeSpan.FromSeconds(30),
                ForwardHeaders = headers,
            };
        }

        if (problems.Count > 0)
        {
            throw new SupergraphException(problems);
        }

        var executor = new FederatedExecutor(
            source.Model,
            new HttpSubgraphClient(httpClientFactory, endpoints),
            new ExecutorOptions
            {
                PlanCacheSize = options.QueryPlan.CacheSize,
                EnabledOverrideLabels = options.QueryPlan.OverrideLabels.ToHashSet(StringComparer.Ordinal),
                MaxPlanningOptions = options.QueryPlan.MaxEvaluatedOptions,
            },
            introspection);
        return new GatewaySnapshot(source.Model.ApiSchema, source.Model.Supergraph, executor, source.Version);
    }
}
