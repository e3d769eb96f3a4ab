namespace GraphGateway.Cli.Dev;

/// <summary>
/// Finds the directory that <c>graphgateway dev</c> resolves relative paths against: the nearest directory at or
/// above the start directory holding a solution file (<c>*.sln</c>, <c>*.slnx</c>) or a <c>.git</c> entry.
/// <c>dotnet run --project src/GraphGateway</c> starts the tool in the project folder, so the current directory alone
/// is not the repository root.
/// </summary>
internal static class RepositoryRoot
{
    /// <summary>Returns the root above (or at) <paramref name="start"/>, or <paramref name="start"/> itself when there is none.</summary>
    public static string Find(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git"))
                || directory.EnumerateFiles("*.sln").Any() || directory.EnumerateFiles("*.slnx").Any())
            {
                return directory.FullName;
            }
        }

        return Path.GetFullPath(start);
    }
}
