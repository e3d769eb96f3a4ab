using GraphGateway.AspNetCore.Runtime;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Configuration;

/// <summary>Validates <see cref="GraphGatewayOptions"/> at start, collecting every problem with the setting's full name.</summary>
internal sealed class GraphGatewayOptionsValidator(IEnumerable<Microsoft.Extensions.DependencyInjection.CustomSupergraphSource> customSources) : IValidateOptions<GraphGatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphGatewayOptions options)
    {
        var errors = new List<string>();
        var path = options.Supergraph.Path;
        var usesPath = !customSources.Any(); // UseSupergraphSource replaces the path
        if (usesPath && string.IsNullOrWhiteSpace(path))
        {
            errors.Add("GraphGateway:Supergraph:Path is required: a gateway.fsp package or a supergraph .graphql file.");
        }
        else if (usesPath && !File.Exists(path!))
        {
            errors.Add($"GraphGateway:Supergraph:Path: file '{Path.GetFullPath(path!)}' does not exist.");
        }

        foreach (var (subgraph, s) in options.Subgraphs)
        {
            if (s.Url is not null && (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)))
            {
                errors.Add($"GraphGateway:Subgraphs:{subgraph}:Url: '{s.Url}' is not an absolute http or https URL.");
            }

            if (s.Url is not null && s.Urls.Count > 0)
            {
                errors.Add($"GraphGateway:Subgraphs:{subgraph}:Urls: set either Url or Urls, not both.");
            }

            for (var i = 0; i < s.Urls.Count; i++)
            {
                if (!Uri.TryCreate(s.Urls[i], UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
                {
                    errors.Add($"GraphGateway:Subgraphs:{subgraph}:Urls:{i}: '{s.Urls[i]}' is not an absolute http or https URL.");
                }
            }

            SubgraphResilienceSettings.Check($"GraphGateway:Subgraphs:{subgraph}", s, errors);
            SubgraphResilienceSettings.CheckResolved($"GraphGateway:Subgraphs:{subgraph}", SubgraphResilienceSettings.Resolve(s, options.SubgraphDefaults), errors);

            CheckHeaders(s.ForwardHeaders, $"GraphGateway:Subgraphs:{subgraph}:ForwardHeaders", errors);
        }

        var defaults = options.SubgraphDefaults;
        SubgraphResilienceSettings.Check("GraphGateway:SubgraphDefaults", defaults, errors);
        SubgraphResilienceSettings.CheckResolved("GraphGateway:SubgraphDefaults", SubgraphResilienceSettings.Resolve(null, defaults), errors);
        CheckHeaders(options.ForwardHeaders, "GraphGateway:ForwardHeaders", errors);
        if (options.QueryPlan.CacheSize < 1)
        {
            errors.Add($"GraphGateway:QueryPlan:CacheSize: must be at least 1 (got {options.QueryPlan.CacheSize}).");
        }

        if (options.QueryPlan.MaxEvaluatedOptions < 100)
        {
            errors.Add($"GraphGateway:QueryPlan:MaxEvaluatedOptions: must be at least 100 (got {options.QueryPlan.MaxEvaluatedOptions}).");
        }

        CheckLimits(options.Limits, errors);
        return errors.Count > 0 ? ValidateOptionsResult.Fail(errors) : ValidateOptionsResult.Success;
    }

    private static void CheckLimits(Core.Operations.OperationLimits limits, List<string> errors)
    {
        if (limits.MaxRequestBytes <= 0)
        {
            errors.Add($"GraphGateway:Limits:MaxRequestBytes: must be greater than 0 (got {limits.MaxRequestBytes}).");
        }

        if (limits.DocumentCacheSize <= 0)
        {
            errors.Add($"GraphGateway:Limits:DocumentCacheSize: must be greater than 0 (got {limits.DocumentCacheSize}).");
        }

        if (limits.ParserRecursionLimit <= 0)
        {
            errors.Add($"GraphGateway:Limits:ParserRecursionLimit: must be greater than 0 (got {limits.ParserRecursionLimit}).");
        }
    }

    private static void CheckHeaders(List<string> headers, string setting, List<string> errors)
    {
        foreach (var h in headers)
        {
            if (string.IsNullOrWhiteSpace(h) || h.Any(c => c <= ' ' || c >= 127 || c == ':'))
            {
                errors.Add($"{setting}: '{h}' is not a valid header name.");
            }
        }
    }
}
