using System.Runtime.InteropServices;

namespace GraphGateway.Cli.Dev;

/// <summary>Finds the <c>dotnet</c> host that runs this tool, to start built assemblies with it.</summary>
internal static class DotnetHost
{
    /// <summary>
    /// The current process when it is <c>dotnet</c>; else <c>DOTNET_HOST_PATH</c>; else the host three levels above the
    /// runtime directory (<c>{root}/shared/Microsoft.NETCore.App/{version}/</c>); else plain <c>dotnet</c> from PATH.
    /// </summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } current && string.Equals(System.IO.Path.GetFileName(current), exe, StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        var fromRuntime = System.IO.Path.GetFullPath(System.IO.Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", exe));
        return File.Exists(fromRuntime) ? fromRuntime : exe;
    }
}
