using System.CommandLine;
using System.Reflection;
using System.Runtime.InteropServices;
using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway dev</c> command: runs the configured subgraphs (<c>GraphGateway:Dev:Subgraphs</c>) and the gateway
/// over the committed supergraph as child processes, prints the endpoint, and stops them all on Ctrl+C. See docs/dev.md.
/// </summary>
internal static class DevCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var supergraph = new Option<string?>("--supergraph") { Description = "Supergraph to serve (gateway.fsp or supergraph SDL). Default: GraphGateway:Dev:Supergraph (gateway.fsp)." };
        var port = new Option<int?>("--port") { Description = "Gateway port on 127.0.0.1. Default: the port of GraphGateway:Dev:GatewayUrl (4000)." };
        var freePorts = new Option<bool>("--free-ports") { Description = "Give the gateway (unless --port) and every subgraph a free loopback port." };
        var build = new Option<bool>("--build") { Description = "Run `dotnet build` for each subgraph project first (otherwise their built assemblies must exist)." };
        var timeout = new Option<int?>("--timeout") { Description = "Seconds every process together may take to answer (default 60)." };
        var root = new Option<DirectoryInfo?>("--root") { Description = "Directory relative paths start at. Default: the nearest directory above the current one with a .sln or .git." };
        var command = new Command("dev", "Runs the sample subgraphs and the gateway together (local development); Ctrl+C stops them all.")
        {
            supergraph, port, freePorts, build, timeout, root,
        };
        command.TreatUnmatchedTokensAsErrors = false;

        // Synchronous action: this command handles SIGINT/SIGTERM itself so it can always stop its children
        // before the process exits (no library timeout cuts the shutdown short).
        command.SetAction(parseResult =>
        {
            var unmatched = parseResult.UnmatchedTokens;
            var bad = unmatched.Where(t => !t.StartsWith("--GraphGateway:", StringComparison.OrdinalIgnoreCase)).ToList();
            if (bad.Count > 0)
            {
                Console.Error.WriteLine($"graphgateway dev: unknown argument(s): {string.Join(' ', bad)} (settings are passed as --GraphGateway:Dev:Key=value).");
                return 2;
            }

            var options = DevSettings.ApplyFlags(
                DevSettings.Load(AppContext.BaseDirectory, unmatched),
                parseResult.GetValue(supergraph),
                parseResult.GetValue(port),
                parseResult.GetValue(freePorts),
                parseResult.GetValue(timeout));
            var run = new DevRun(
                parseResult.GetValue(root)?.FullName ?? RepositoryRoot.Find(Environment.CurrentDirectory),
                typeof(DevCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug",
                parseResult.GetValue(build),
                typeof(DevCommand).Assembly.Location);
            return RunUntilSignalled(new DevHost(options, run, Console.Out));
        });
        return command;
    }

    private static int RunUntilSignalled(DevHost host)
    {
        using var stop = new CancellationTokenSource();
        void OnSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
        return host.RunAsync(stop.Token).GetAwaiter().GetResult();
    }
}
