using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class RepositoryRootTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphgateway-dev-root-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Find_ProjectFolderBelowSolution_ReturnsSolutionFolder()
    {
        File.WriteAllText(Path.Combine(_directory, "App.sln"), "");
        var project = Directory.CreateDirectory(Path.Combine(_directory, "src", "App")).FullName;

        Assert.Equal(_directory, RepositoryRoot.Find(project));
    }

    [Fact]
    public void Find_GitFolderAbove_ReturnsIt()
    {
        Directory.CreateDirectory(Path.Combine(_directory, ".git"));
        var nested = Directory.CreateDirectory(Path.Combine(_directory, "a", "b")).FullName;

        Assert.Equal(_directory, RepositoryRoot.Find(nested));
    }

    [Fact]
    public void Find_ThisRepository_FindsTheFolderWithGraphGatewaySln()
    {
        var root = DevSettingsTests.RepositoryRoot();

        Assert.Equal(root, RepositoryRoot.Find(Path.Combine(root, "src", "GraphGateway")));
    }
}
