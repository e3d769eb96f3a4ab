using System.Diagnostics;

namespace GraphGateway.Cli.Dev;

/// <summary>
/// One process started by <c>graphgateway dev</c>: its output is echoed line by line as <c>[name] line</c>
/// and the last lines are kept for error reports; <see cref="StopAsync"/> stops it by PID (SIGTERM, then kill of its tree).
/// </summary>
internal sealed class ChildProcess : IDisposable
{
    private const int KeptLines = 40;

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly TextWriter _output;

    private ChildProcess(string name, Process process, TextWriter output)
    {
        Name = name;
        _process = process;
        _output = output;
    }

    /// <summary>The name shown before each output line (subgraph name or <c>gateway</c>).</summary>
    public string Name { get; }

    /// <summary>The operating-system process id.</summary>
    public int Id => _process.Id;

    /// <summary>Whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code; only valid after <see cref="HasExited"/>.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Completes when the process exits.</summary>
    public Task Exited { get; private set; } = Task.CompletedTask;

    /// <summary>The last output lines (stdout and stderr), oldest first.</summary>
    public IReadOnlyList<string> LastLines
    {
        get
        {
            lock (_lastLines)
            {
                return [.. _lastLines];
            }
        }
    }

    /// <summary>Starts <paramref name="fileName"/> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="name">Label for output lines.</param>
    /// <param name="fileName">Executable (e.g. the dotnet host).</param>
    /// <param name="arguments">Arguments, passed without shell interpretation.</param>
    /// <param name="workingDirectory">Working directory (and ASP.NET Core content root).</param>
    /// <param name="environment">Variables added to this process's environment.</param>
    /// <param name="output">Where output lines are echoed; writes are serialized on this writer.</param>
    /// <exception cref="System.ComponentModel.Win32Exception">The executable cannot be started.</exception>
    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, TextWriter output)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildProcess(name, process, output);
        var exited = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.Exited += (_, _) => exited.TrySetResult();
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Start();
        child.Exited = exited.Task;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Stops the process if it still runs: SIGTERM (where available) and up to <paramref name="gracePeriod"/> to exit,
    /// then a kill of the process and its descendants. Returns once the process has exited.
    /// </summary>
    public async Task StopAsync(TimeSpan gracePeriod)
    {
        if (_process.HasExited)
        {
            return;
        }

        if (ProcessSignals.TryTerminate(_process.Id))
        {
            using var grace = new CancellationTokenSource(gracePeriod);
            try
            {
                await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
                return;
            }
            catch (OperationCanceledException)
            {
                // Did not stop in time: kill below.
            }
        }

        KillNow();
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Kills the process and its descendants at once (last resort, e.g. when this process is exiting).</summary>
    public void KillNow()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <inheritdoc />
    public void Dispose() => _process.Dispose();

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }

        lock (_output)
        {
            _output.WriteLine($"[{Name}] {line}");
            _output.Flush();
        }
    }
}
