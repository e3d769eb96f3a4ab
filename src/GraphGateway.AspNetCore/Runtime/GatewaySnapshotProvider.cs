using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Transport;
using GraphGateway.Execution.Transport.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Loads the configured supergraph (<c>GraphGateway:Supergraph:Path</c>) into a <see cref="GatewaySnapshot"/> and, when
/// <c>ReloadOnChange</c> is on, reloads it when the file changes: a good reload is swapped in atomically, a bad one is
/// logged and the last good snapshot keeps serving. A bad first load throws (the app does not start).
/// </summary>
internal sealed partial class GatewaySnapshotProvider : IGatewaySnapshotProvider, IDisposable
{
    private readonly GatewayRuntimeOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IServiceProvider _services;
    private readonly ILogger<GatewaySnapshotProvider> _logger;
    private readonly FileSystemWatcher? _watcher;
    private readonly Lock _reloadGate = new();
    private GatewaySnapshot? _current;
    private Timer? _debounce;

    public GatewaySnapshotProvider(IOptions<GatewayRuntimeOptions> options, IHttpClientFactory httpClientFactory, IServiceProvider services, ILogger<GatewaySnapshotProvider> logger)
    {
        _options = options.Value;
        _httpClientFactory = httpClientFactory;
        _services = services;
        _logger = logger;
        var path = Path.GetFullPath(_options.Supergraph.Path!);
        _current = Load(path);
        LogLoaded(_logger, path, _current.Version);
        if (_options.Supergraph.ReloadOnChange)
        {
            _watcher = new FileSystemWatcher(Path.GetDirectoryName(path)!, Path.GetFileName(path))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            _watcher.Changed += (_, _) => ScheduleReload(path);
            _watcher.Created += (_, _) => ScheduleReload(path);
            _watcher.Renamed += (_, _) => ScheduleReload(path);
            _watcher.EnableRaisingEvents = true;
        }
    }

    /// <inheritdoc />
    public GatewaySnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Reloads now (also used by tests); returns true when a new snapshot was swapped in.</summary>
    public bool Reload()
    {
        var path = Path.GetFullPath(_options.Supergraph.Path!);
        lock (_reloadGate)
        {
            try
            {
                var next = Load(path);
                if (next.Version == Current?.Version)
                {
                    return false;
                }

                Volatile.Write(ref _current, next);
                LogLoaded(_logger, path, next.Version);
                return true;
            }
            catch (Exception ex) when (ex is SupergraphException or IOException or UnauthorizedAccessException)
            {
                LogReloadFailed(_logger, ex, path, Current?.Version ?? "(none)");
                return false;
            }
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _debounce?.Dispose();
    }

    private GatewaySnapshot Load(string path) =>
        GatewaySnapshotFactory.Create(SupergraphSource.Load(path), _options, _httpClientFactory, _services.GetService<IIntrospectionWriter>(), _services.GetService<TimeProvider>(), _services.GetService<ILoggerFactory>()?.CreateLogger<HttpSubgraphClient>(), _services.GetService<SubgraphHealthRegistry>());

    private void ScheduleReload(string path)
    {
        lock (_reloadGate)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => Reload(), null, TimeSpan.FromMilliseconds(300), Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Loaded supergraph {Path} (version {Version}).")]
    private static partial void LogLoaded(ILogger logger, string path, string version);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Reloading supergraph {Path} failed; still serving version {Version}.")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string path, string version);
}
