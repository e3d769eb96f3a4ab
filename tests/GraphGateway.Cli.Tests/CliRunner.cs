using System.Diagnostics;

namespace GraphGateway.Cli.Tests;

/// <summary>Runs the built <c>graphgateway</c> tool (copied beside the tests) as a child process.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Err) Run(params string[] args) => RunWithEnvironment(new Dictionary<string, string>(), args);

    /// <summary>Runs the tool with extra environment variables (for example <c>GraphGateway__Limits__MaxDepth</c>).</summary>
    public static (int ExitCode, string Out, string Err) RunWithEnvironment(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment)
        {
            psi.Environment[key] = value;
        }

        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "graphgateway.dll"));
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("graphgateway did not exit within 60 s: " + string.Join(' ', args));
        }

        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A fresh temporary directory, deleted on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public TempDir() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gg-cli-" + Guid.NewGuid().ToString("N"));

        public string File(string name, string? content = null)
        {
            var p = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
            if (content is not null)
            {
                System.IO.File.WriteAllText(p, content);
            }

            return p;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
