using System.Runtime.InteropServices;

namespace GraphGateway.Cli.Dev;

/// <summary>Asks a child process to stop gracefully: SIGTERM on Linux and macOS (ASP.NET Core then shuts down cleanly).</summary>
internal static partial class ProcessSignals
{
    private const int SigTerm = 15;

    /// <summary>Sends SIGTERM to <paramref name="pid"/>. Returns false where signals are not available (Windows) or the call failed.</summary>
    public static bool TryTerminate(int pid) =>
        (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) && Kill(pid, SigTerm) == 0;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
