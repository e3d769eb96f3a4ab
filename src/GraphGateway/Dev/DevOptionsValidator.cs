namespace GraphGateway.Cli.Dev;

/// <summary>Checks <see cref="DevOptions"/> and collects every problem, each naming its setting.</summary>
internal static class DevOptionsValidator
{
    /// <summary>Returns the problems found (empty when the options are usable).</summary>
    public static IReadOnlyList<string> Validate(DevOptions options)
    {
        var errors = new List<string>();
        var section = DevOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Supergraph))
        {
            errors.Add($"{section}:Supergraph is empty; name a gateway.fsp package or supergraph SDL file.");
        }

        var ports = new Dictionary<int, string>();
        CheckUrl($"{section}:GatewayUrl", options.GatewayUrl, errors, ports);
        if (options.Subgraphs.Count == 0)
        {
            errors.Add($"{section}:Subgraphs is empty; configure at least one subgraph (name → Project, Url).");
        }

        foreach (var (name, subgraph) in options.Subgraphs.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var key = $"{section}:Subgraphs:{name}";
            if (string.IsNullOrWhiteSpace(subgraph.Project))
            {
                errors.Add($"{key}:Project is empty; name the subgraph's project folder or .csproj.");
            }

            CheckUrl($"{key}:Url", subgraph.Url, errors, ports);
        }

        if (options.StartupTimeoutSeconds is < 1 or > 600)
        {
            errors.Add($"{section}:StartupTimeoutSeconds must be 1..600, got {options.StartupTimeoutSeconds}.");
        }

        if (options.StopTimeoutSeconds is < 1 or > 60)
        {
            errors.Add($"{section}:StopTimeoutSeconds must be 1..60, got {options.StopTimeoutSeconds}.");
        }

        return errors;
    }

    private static void CheckUrl(string key, string value, List<string> errors, Dictionary<int, string> ports)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
        {
            errors.Add($"{key} must be an absolute http URL such as http://127.0.0.1:4001/graphql, got '{value}'.");
            return;
        }

        if (!ports.TryAdd(uri.Port, key))
        {
            errors.Add($"{key} uses port {uri.Port}, which {ports[uri.Port]} already uses.");
        }
    }
}
