using System.Xml.Linq;

namespace GraphGateway.Cli.Dev;

/// <summary>Where a subgraph project's built entry assembly is: <c>{project dir}/bin/{configuration}/{tfm}/{AssemblyName}.dll</c>.</summary>
internal static class SubgraphProject
{
    /// <summary>The target framework every project here builds for (Directory.Build.props).</summary>
    public const string TargetFramework = "net10.0";

    /// <summary>Resolves <paramref name="project"/> (a folder with one .csproj, or the .csproj) against <paramref name="baseDirectory"/>.</summary>
    /// <returns>The full .csproj path, or an error naming what is missing.</returns>
    public static (string? ProjectFile, string? Error) FindProjectFile(string project, string baseDirectory)
    {
        var path = Path.GetFullPath(project, baseDirectory);
        if (File.Exists(path) && path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
        {
            return (path, null);
        }

        if (!Directory.Exists(path))
        {
            return (null, $"project '{project}' not found at {path} (relative paths start at {baseDirectory}; see --root)");
        }

        var files = Directory.GetFiles(path, "*.csproj");
        return files.Length == 1
            ? (files[0], null)
            : (null, $"project folder {path} holds {files.Length} .csproj files; name one of them");
    }

    /// <summary>The built entry assembly of <paramref name="projectFile"/> for <paramref name="configuration"/>.</summary>
    public static string EntryAssembly(string projectFile, string configuration)
    {
        var assemblyName = Path.GetFileNameWithoutExtension(projectFile);
        try
        {
            var declared = XDocument.Load(projectFile).Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault(v => v.Length > 0);
            if (declared is not null && !declared.Contains("$(", StringComparison.Ordinal))
            {
                assemblyName = declared;
            }
        }
        catch (System.Xml.XmlException)
        {
            // An unreadable project keeps the file-name default; the build would report the problem.
        }

        return Path.Combine(Path.GetDirectoryName(projectFile)!, "bin", configuration, TargetFramework, assemblyName + ".dll");
    }
}
