using System.Diagnostics;
using GraphGateway.Cli.Dev;

namespace GraphGateway.Cli.Tests.Dev;

public sealed class ChildProcessTests
{
    [Fact]
    public async Task Start_ProcessWritesLines_EchoedWithNameAndKept()
    {
        using var output = new StringWriter();
        using var child = ChildProcess.Start("echo", "/bin/sh", ["-c", "echo one; echo two >&2"], Path.GetTempPath(), new Dictionary<string, string>(), output);

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => child.LastLines.Count == 2);

        Assert.Equal(0, child.ExitCode);
        Assert.Equal(["one", "two"], child.LastLines.Order(StringComparer.Ordinal));
        Assert.Contains("[echo] one", output.ToString());
        Assert.Contains("[echo] two", output.ToString());
    }

    [Fact]
    public async Task Start_Environment_ReachesTheProcess()
    {
        using var output = new StringWriter();
        using var child = ChildProcess.Start("env", "/bin/sh", ["-c", "echo \"$GG_TEST_VALUE\""], Path.GetTempPath(),
            new Dictionary<string, string> { ["GG_TEST_VALUE"] = "from dev" }, output);

        await child.Exited.WaitAsync(TimeSpan.FromSeconds(10));
        await WaitUntilAsync(() => child.LastLines.Count == 1);

        Assert.Equal(["from dev"], child.LastLines);
    }

    [Fact]
    public async Task StopAsync_RunningProcess_StopsItBySigtermWithinGrace()
    {
        using var output = new StringWriter();
        using var child = ChildProcess.Start("sleeper", "/bin/sleep", ["60"], Path.GetTempPath(), new Dictionary<string, string>(), output);
        var clock = Stopwatch.StartNew();

        await child.StopAsync(TimeSpan.FromSeconds(5));

        Assert.True(child.HasExited);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(143, child.ExitCode);
    }

    [Fact]
    public async Task StopAsync_ProcessIgnoringSigterm_KilledWithItsChildrenAfterGrace()
    {
        using var output = new StringWriter();
        using var child = ChildProcess.Start("stubborn", "/bin/sh", ["-c", "trap '' TERM; /bin/sleep 60 & echo $!; wait"], Path.GetTempPath(),
            new Dictionary<string, string>(), output);
        await WaitUntilAsync(() => child.LastLines.Count == 1);
        var grandchild = int.Parse(child.LastLines[0], System.Globalization.CultureInfo.InvariantCulture);

        await child.StopAsync(TimeSpan.FromMilliseconds(500));

        Assert.True(child.HasExited);
        await WaitUntilAsync(() => !IsRunning(grandchild));
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "condition not met within 5 s");
    }
}
