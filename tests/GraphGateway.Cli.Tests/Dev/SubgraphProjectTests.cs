using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class SubgraphProjectTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graphgateway-dev-project-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void FindProjectFile_FolderWithOneCsproj_ReturnsIt()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_directory, "Accounts")).FullName;
        File.WriteAllText(Path.Combine(folder, "Accounts.csproj"), "<Project />");

        var (file, error) = SubgraphProject.FindProjectFile("Accounts", _directory);

        Assert.Equal(Path.Combine(folder, "Accounts.csproj"), file);
        Assert.Null(error);
    }

    [Fact]
    public void FindProjectFile_MissingFolder_ErrorNamesPathAndBase()
    {
        var (file, error) = SubgraphProject.FindProjectFile("subgraphs/Nope", _directory);

        Assert.Null(file);
        Assert.Equal($"project 'subgraphs/Nope' not found at {Path.Combine(_directory, "subgraphs", "Nope")} (relative paths start at {_directory}; see --root)", error);
    }

    [Fact]
    public void FindProjectFile_FolderWithTwoCsproj_AsksToNameOne()
    {
        File.WriteAllText(Path.Combine(_directory, "A.csproj"), "<Project />");
        File.WriteAllText(Path.Combine(_directory, "B.csproj"), "<Project />");

        var (file, error) = SubgraphProject.FindProjectFile(".", _directory);

        Assert.Null(file);
        Assert.Equal($"project folder {_directory} holds 2 .csproj files; name one of them", error);
    }

    [Fact]
    public void EntryAssembly_NoAssemblyName_UsesProjectFileName()
    {
        var project = Path.Combine(_directory, "Reviews.csproj");
        File.WriteAllText(project, "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><RootNamespace>X</RootNamespace></PropertyGroup></Project>");

        Assert.Equal(Path.Combine(_directory, "bin", "Release", "net10.0", "Reviews.dll"), SubgraphProject.EntryAssembly(project, "Release"));
    }

    [Fact]
    public void EntryAssembly_DeclaredAssemblyName_UsesIt()
    {
        var project = Path.Combine(_directory, "Tool.csproj");
        File.WriteAllText(project, "<Project><PropertyGroup><AssemblyName>graphgateway</AssemblyName></PropertyGroup></Project>");

        Assert.Equal(Path.Combine(_directory, "bin", "Debug", "net10.0", "graphgateway.dll"), SubgraphProject.EntryAssembly(project, "Debug"));
    }
}
