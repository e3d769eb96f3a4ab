using GraphGateway.AspNetCore.Runtime;
using GraphGateway.Core.Packaging;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.AspNetCore.Tests.Runtime;

/// <summary>What identifies a loaded gateway.fsp: the whole file, and only packages of the supported format load.</summary>
public sealed class PackageVersionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("gg-package-").FullName;

    private static string Supergraph => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "planning", "shop", "supergraph.graphql"));

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Reload_SupergraphChangedButInputHashSame_SwapsSnapshot()
    {
        var path = Path.Combine(_dir, "gateway.fsp");
        var package = Package(Supergraph);
        package.Write(path);
        var collection = new ServiceCollection().AddLogging();
        collection.AddGraphGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GraphGateway:Supergraph:Path"] = path,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
        }).Build());
        using var services = collection.BuildServiceProvider();
        var provider = (GatewaySnapshotProvider)services.GetRequiredService<IGatewaySnapshotProvider>();
        var first = provider.Current!;

        var recomposed = Package(Supergraph + "\n# recomposed by a newer composer\n");
        Assert.Equal(package.Metadata.InputHash, recomposed.Metadata.InputHash);
        recomposed.Write(path);

        Assert.True(provider.Reload());
        Assert.NotEqual(first.Version, provider.Current!.Version);
        Assert.False(provider.Reload());
    }

    [Fact]
    public void Load_UnsupportedFormatVersion_NamesFileAndVersion()
    {
        var path = Path.Combine(_dir, "gateway.fsp");
        var package = Package(Supergraph);
        (package with { Metadata = package.Metadata with { FormatVersion = 7 } }).Write(path);

        var ex = Assert.Throws<SupergraphException>(() => LoadedSupergraph.Load(path));

        Assert.Contains($"{path}: formatVersion 7 is not supported (this version reads 1).", ex.Message, StringComparison.Ordinal);
    }

    private static GatewayPackage Package(string supergraph) =>
        GatewayPackage.Create(supergraph, "type Query { a: Int }", [], null, "tests");
}
