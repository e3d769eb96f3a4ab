using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class DevHostTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphgateway-dev-host-").FullName;
    private readonly StringWriter _output = new();

    public void Dispose()
    {
        _output.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task RunAsync_SupergraphMissing_Returns2NamingSettingAndPath()
    {
        CreateProject("Fake", assemblyContent: null);

        var code = await Host(supergraph: "missing.fsp").RunAsync(CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Equal(
            $"graphgateway dev: error: GraphGateway:Dev:Supergraph: {Path.Combine(_directory, "missing.fsp")} does not exist (compose it with `graphgateway compose`, or pass --supergraph).",
            _output.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_SubgraphNotBuilt_Returns2NamingAssemblyAndBuildCommand()
    {
        CreateProject("Fake", assemblyContent: null);
        File.WriteAllText(Path.Combine(_directory, "gateway.fsp"), "");

        var code = await Host().RunAsync(CancellationToken.None);

        Assert.Equal(2, code);
        var assembly = Path.Combine(_directory, "Fake", "bin", "Debug", "net10.0", "Fake.dll");
        Assert.Equal(
            $"graphgateway dev: error: subgraph 'fake' is not built: {assembly} is missing. " +
            $"Run `graphgateway dev --build`, or `dotnet build {Path.Combine("Fake", "Fake.csproj")} -c Debug`.",
            _output.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_SubgraphExitsAtStart_Returns1WithItsOutputAndNoProcessLeft()
    {
        CreateProject("Fake", assemblyContent: "not an assembly");
        File.WriteAllText(Path.Combine(_directory, "gateway.fsp"), "");

        var code = await Host().RunAsync(CancellationToken.None);

        Assert.Equal(1, code);
        var output = _output.ToString();
        var started = output.Split('\n').Single(l => l.StartsWith("graphgateway dev: started fake (pid ", StringComparison.Ordinal));
        var pid = int.Parse(started.Split("(pid ")[1].Split(')')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Matches(@"graphgateway dev: error: fake \(pid \d+\) exited with code \d+ before http://127\.0\.0\.1:\d+/graphql answered\. Its last output:", output);
        Assert.DoesNotContain("started gateway", output);
        Assert.Throws<ArgumentException>(() => System.Diagnostics.Process.GetProcessById(pid));
    }

    [Fact]
    public async Task RunAsync_SubgraphPortInUse_Returns2NamingSettingAndPort()
    {
        CreateProject("Fake", assemblyContent: "not an assembly");
        File.WriteAllText(Path.Combine(_directory, "gateway.fsp"), "");
        using var occupant = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((System.Net.IPEndPoint)occupant.LocalEndpoint).Port;

        var code = await Host(subgraphPort: port).RunAsync(CancellationToken.None);

        Assert.Equal(2, code);
        Assert.Equal(
            $"graphgateway dev: error: GraphGateway:Dev:Subgraphs:fake:Url: port {port} is already in use (another `graphgateway dev`?); stop it, or pass --free-ports.",
            _output.ToString().Trim());
    }

    [Fact]
    public async Task RunAsync_CancelledBeforeStart_Returns0()
    {
        CreateProject("Fake", assemblyContent: "not an assembly");
        File.WriteAllText(Path.Combine(_directory, "gateway.fsp"), "");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var code = await Host().RunAsync(cancelled.Token);

        Assert.Equal(0, code);
        Assert.Contains("graphgateway dev: stopping (cancelled while starting)", _output.ToString());
    }

    private DevHost Host(string supergraph = "gateway.fsp", int? subgraphPort = null)
    {
        var ports = FreePort.Find(2);
        var options = new DevOptions
        {
            Supergraph = supergraph,
            GatewayUrl = $"http://127.0.0.1:{ports[0]}/graphql",
            StartupTimeoutSeconds = 30,
            Subgraphs = new(StringComparer.Ordinal)
            {
                ["fake"] = new() { Project = "Fake", Url = $"http://127.0.0.1:{subgraphPort ?? ports[1]}/graphql" },
            },
        };
        return new DevHost(options, new DevRun(_directory, "Debug", Build: false, GatewayAssembly: "unused.dll"), _output);
    }

    private void CreateProject(string name, string? assemblyContent)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, name)).FullName;
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), "<Project />");
        if (assemblyContent is not null)
        {
            var bin = Directory.CreateDirectory(Path.Combine(folder, "bin", "Debug", "net10.0")).FullName;
            File.WriteAllText(Path.Combine(bin, name + ".dll"), assemblyContent);
        }
    }
}
