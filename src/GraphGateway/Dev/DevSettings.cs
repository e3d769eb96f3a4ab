using Microsoft.Extensions.Configuration;

namespace GraphGateway.Cli.Dev;

/// <summary>Builds <see cref="DevOptions"/> from appsettings.json, environment variables and command-line overrides.</summary>
internal static class DevSettings
{
    /// <summary>
    /// Reads the <c>GraphGateway:Dev</c> section from <c>appsettings.json</c> and <c>appsettings.{environment}.json</c> in
    /// <paramref name="baseDirectory"/>, then environment variables, then <paramref name="overrides"/>
    /// (<c>--GraphGateway:Dev:Key=value</c> tokens), later sources winning.
    /// </summary>
    public static DevOptions Load(string baseDirectory, IReadOnlyList<string> overrides)
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Development";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(baseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. overrides])
            .Build();
        return configuration.GetSection(DevOptions.SectionName).Get<DevOptions>() ?? new DevOptions();
    }

    /// <summary>
    /// Applies the command's flags: <paramref name="port"/> replaces the gateway port; <paramref name="freePorts"/>
    /// gives the gateway (unless <paramref name="port"/> is set) and every subgraph a free loopback port.
    /// </summary>
    public static DevOptions ApplyFlags(DevOptions options, string? supergraph, int? port, bool freePorts, int? timeoutSeconds)
    {
        var ports = freePorts ? FreePort.Find(options.Subgraphs.Count + 1) : [];
        var gatewayUrl = options.GatewayUrl;
        if (port is { } p)
        {
            gatewayUrl = WithPort(gatewayUrl, p);
        }
        else if (freePorts)
        {
            gatewayUrl = WithPort(gatewayUrl, ports[0]);
        }

        var subgraphs = options.Subgraphs;
        if (freePorts)
        {
            var next = 1;
            subgraphs = options.Subgraphs.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary(
                s => s.Key,
                s => s.Value with { Url = WithPort(s.Value.Url, ports[next++]) },
                StringComparer.Ordinal);
        }

        return options with
        {
            Supergraph = supergraph ?? options.Supergraph,
            GatewayUrl = gatewayUrl,
            Subgraphs = subgraphs,
            StartupTimeoutSeconds = timeoutSeconds ?? options.StartupTimeoutSeconds,
        };
    }

    private static string WithPort(string url, int port) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? new UriBuilder(uri) { Port = port }.Uri.ToString() : url;
}
