using System.IO.Compression;
using System.Text;
using GraphGateway.AspNetCore.Runtime;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Execution.Tests.Runtime;

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
        WritePackage(path, Supergraph, """{"formatVersion":1,"inputHash":"same"}""");
        using var services = new ServiceCollection()
            .AddLogging()
            .AddGraphGateway(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GraphGateway:Supergraph:Path"] = path,
                ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
            }).Build())
            .BuildServiceProvider();
        var provider = (GatewaySnapshotProvider)services.GetRequiredService<IGatewaySnapshotProvider>();
        var first = provider.Current!;

        WritePackage(path, Supergraph + "\n# recomposed by a newer composer\n", """{"formatVersion":1,"inputHash":"same"}""");

        Assert.True(provider.Reload());
        Assert.NotEqual(first.Version, provider.Current!.Version);
        Assert.False(provider.Reload());
    }

    [Fact]
    public void Load_UnsupportedFormatVersion_NamesFileAndVersion()
    {
        var path = Path.Combine(_dir, "gateway.fsp");
        WritePackage(path, Supergraph, """{"formatVersion":7,"inputHash":"x"}""");

        var ex = Assert.Throws<SupergraphException>(() => SupergraphSource.Load(path));

        Assert.Equal($"{path}!package-metadata.json: formatVersion 7 is not supported (this version reads 1).", ex.Message);
    }

    private static void WritePackage(string path, string supergraph, string metadata)
    {
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (name, text) in new[] { ("package-metadata.json", metadata), ("supergraph.graphql", supergraph) })
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(text));
        }
    }
}
