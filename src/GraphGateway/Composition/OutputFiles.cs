namespace GraphGateway.Cli.Composition;

/// <summary>
/// Writes a command's output files all-or-nothing: every path is checked first (its folder exists, it is not a
/// folder), then each file is written to a temporary file beside it and moved into place, so a failure never
/// leaves a half-written package. Problems are one line each: <c>error &lt;full path&gt;: &lt;problem&gt;</c>.
/// </summary>
internal static class OutputFiles
{
    /// <summary>
    /// Writes <paramref name="files"/> (path, bytes). Returns <see langword="true"/> when all were written; otherwise
    /// prints one line per problem to <paramref name="err"/> and returns <see langword="false"/>.
    /// </summary>
    public static bool TryWrite(IReadOnlyList<(string Path, byte[] Bytes)> files, TextWriter err)
    {
        var problems = new List<string>();
        foreach (var (path, _) in files)
        {
            if (Check(path) is { } problem)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            foreach (var p in problems)
            {
                err.WriteLine($"error {p}");
            }

            return false;
        }

        var temps = new List<(string Temp, string Path)>();
        var current = Path.GetFullPath(files[0].Path);
        try
        {
            foreach (var (path, bytes) in files)
            {
                var full = Path.GetFullPath(path);
                current = full;
                var temp = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
                temps.Add((temp, full));
                File.WriteAllBytes(temp, bytes);
            }

            foreach (var (temp, full) in temps)
            {
                current = full;
                File.Move(temp, full, overwrite: true);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            foreach (var (temp, _) in temps)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
                {
                }
            }

            err.WriteLine($"error {current}: cannot write: {ex.Message}");
            return false;
        }
    }

    /// <summary>The problem with writing a file at <paramref name="path"/>, or <see langword="null"/> if it looks writable.</summary>
    public static string? Check(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return $"{full}: is a directory, not a file.";
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            return $"{full}: cannot write: directory '{folder}' does not exist.";
        }

        return null;
    }
}
