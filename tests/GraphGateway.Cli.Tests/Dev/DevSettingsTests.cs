using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class DevSettingsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphgateway-dev-settings-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Load_AppSettingsAndCommandLineOverrides_LaterSourceWins()
    {
        File.WriteAllText(Path.Combine(_directory, "appsettings.json"), """
            { "GraphGateway": { "Dev": {
                "GatewayUrl": "http://127.0.0.1:5000/graphql",
                "Subgraphs": {
                  "accounts": { "Project": "subgraphs/Accounts", "Url": "http://127.0.0.1:5001/graphql" },
                  "products": { "Project": "subgraphs/Products", "Url": "http://127.0.0.1:5002/graphql" } } } } }
            """);

        var options = DevSettings.Load(_directory,
        [
            "--GraphGateway:Dev:Subgraphs:accounts:Url=http://127.0.0.1:6001/graphql",
            "--GraphGateway:Dev:Subgraphs:products:Environment:Database__Path=/tmp/products.db",
        ]);

        Assert.Equal("http://127.0.0.1:5000/graphql", options.GatewayUrl);
        Assert.Equal("gateway.fsp", options.Supergraph);
        Assert.Equal(60, options.StartupTimeoutSeconds);
        Assert.Equal(["accounts", "products"], options.Subgraphs.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("http://127.0.0.1:6001/graphql", options.Subgraphs["accounts"].Url);
        Assert.Equal("subgraphs/Products", options.Subgraphs["products"].Project);
        Assert.Equal(new Dictionary<string, string> { ["Database__Path"] = "/tmp/products.db" }, options.Subgraphs["products"].Environment);
    }

    [Fact]
    public void Load_ShippedAppSettings_RunsTheFourSampleSubgraphsOn4001To4004()
    {
        var options = DevSettings.Load(Path.Combine(RepositoryRoot(), "src", "GraphGateway"), []);

        Assert.Equal("http://127.0.0.1:4000/graphql", options.GatewayUrl);
        Assert.Equal("gateway.fsp", options.Supergraph);
        Assert.Equal(
            [
                "accounts subgraphs/Accounts http://127.0.0.1:4001/graphql",
                "inventory subgraphs/Inventory http://127.0.0.1:4003/graphql",
                "products subgraphs/Products http://127.0.0.1:4002/graphql",
                "reviews subgraphs/Reviews http://127.0.0.1:4004/graphql",
            ],
            options.Subgraphs.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key} {s.Value.Project} {s.Value.Url}"));
        Assert.Empty(DevOptionsValidator.Validate(options));
    }

    [Fact]
    public void ApplyFlags_Port_ChangesOnlyTheGatewayPort()
    {
        var options = Sample();

        var applied = DevSettings.ApplyFlags(options, supergraph: "other.fsp", port: 4100, freePorts: false, timeoutSeconds: 90);

        Assert.Equal("http://127.0.0.1:4100/graphql", applied.GatewayUrl);
        Assert.Equal("other.fsp", applied.Supergraph);
        Assert.Equal(90, applied.StartupTimeoutSeconds);
        Assert.Equal("http://127.0.0.1:4001/graphql", applied.Subgraphs["accounts"].Url);
    }

    [Fact]
    public void ApplyFlags_FreePorts_EveryProcessGetsADistinctPortKeepingHostAndPath()
    {
        var applied = DevSettings.ApplyFlags(Sample(), supergraph: null, port: null, freePorts: true, timeoutSeconds: null);

        var urls = applied.Subgraphs.Values.Select(s => new Uri(s.Url)).Append(new Uri(applied.GatewayUrl)).ToList();
        Assert.Equal(3, urls.Select(u => u.Port).Distinct().Count());
        Assert.All(urls, u => Assert.Equal("127.0.0.1", u.Host));
        Assert.All(urls, u => Assert.Equal("/graphql", u.AbsolutePath));
        Assert.DoesNotContain(urls, u => u.Port is 4000 or 4001 or 4002);
        Assert.Equal("subgraphs/Accounts", applied.Subgraphs["accounts"].Project);
        Assert.Empty(DevOptionsValidator.Validate(applied));
    }

    private static DevOptions Sample() => new()
    {
        Subgraphs = new(StringComparer.Ordinal)
        {
            ["accounts"] = new() { Project = "subgraphs/Accounts", Url = "http://127.0.0.1:4001/graphql" },
            ["products"] = new() { Project = "subgraphs/Products", Url = "http://127.0.0.1:4002/graphql" },
        },
    };

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphGateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"GraphGateway.sln not found above {AppContext.BaseDirectory}.");
    }
}
