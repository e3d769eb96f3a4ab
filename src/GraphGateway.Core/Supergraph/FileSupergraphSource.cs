using Microsoft.Extensions.Primitives;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph in a file: a <c>gateway.fsp</c> package or a supergraph SDL file (see <see cref="LoadedSupergraph.Load"/>).
/// With <c>watch</c> on, <see cref="Watch"/>'s token fires when the file is written, created, replaced or renamed into
/// place (a file system watcher on its directory); the runtime debounces bursts of such events.
/// </summary>
public sealed class FileSupergraphSource : ISupergraphSource, IDisposable
{
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _gate = new();
    private CancellationTokenSource _changed = new();

    /// <summary>Creates the source for <paramref name="path"/>.</summary>
    /// <param name="path">The file (relative paths are resolved against the current directory).</param>
    /// <param name="watch">Whether <see cref="Watch"/> reports changes of the file.</param>
    public FileSupergraphSource(string path, bool watch)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (watch && Directory.Exists(System.IO.Path.GetDirectoryName(Path)))
        {
            _watcher = new FileSystemWatcher(System.IO.Path.GetDirectoryName(Path)!, System.IO.Path.GetFileName(Path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            _watcher.Changed += (_, _) => Signal();
            _watcher.Created += (_, _) => Signal();
            _watcher.Renamed += (_, _) => Signal();
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Description => "file " + Path;

    /// <inheritdoc />
    public LoadedSupergraph Load(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return LoadedSupergraph.Load(Path);
    }

    /// <inheritdoc />
    public IChangeToken Watch()
    {
        if (_watcher is null)
        {
            return new CancellationChangeToken(CancellationToken.None);
        }

        lock (_gate)
        {
            return new CancellationChangeToken(_changed.Token);
        }
    }

    /// <summary>Stops watching.</summary>
    public void Dispose()
    {
        _watcher?.Dispose();
        lock (_gate)
        {
            _changed.Dispose();
        }
    }

    private void Signal()
    {
        CancellationTokenSource fired;
        lock (_gate)
        {
            fired = _changed;
            _changed = new CancellationTokenSource();
        }

        fired.Cancel();
    }
}
