using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Primitives;

namespace GraphGateway.AspNetCore.Runtime;

/// <summary>
/// Serves the current <see cref="GatewaySnapshot"/> of the configured <see cref="ISupergraphSource"/>: loads it when first
/// asked (a bad first load throws, so the app does not start), then reloads each time the source's change token fires,
/// debounced by <see cref="ReloadDelay"/>. A good reload with a new version is swapped in atomically; a reload that fails
/// in any way — whatever the exception — is logged (event 4002) and the last good snapshot keeps serving.
/// </summary>
internal sealed partial class GatewaySnapshotProvider : IGatewaySnapshotProvider, IDisposable
{
    /// <summary>How long the provider waits after a change signal before reloading (bursts of file events become one reload).</summary>
    internal static readonly TimeSpan ReloadDelay = TimeSpan.FromMilliseconds(300);

    private readonly ISupergraphSource _source;
    private readonly GatewaySnapshotFactory _factory;
    private readonly GatewayEvents _events;
    private readonly TimeProvider _time;
    private readonly ILogger<GatewaySnapshotProvider> _logger;
    private readonly Lock _reloadGate = new();
    private readonly IDisposable _subscription;
    private readonly CancellationTokenSource _disposed = new();
    private GatewaySnapshot? _current;
    private ITimer? _debounce;

    public GatewaySnapshotProvider(ISupergraphSource source, GatewaySnapshotFactory factory, GatewayEvents events, TimeProvider time, ILogger<GatewaySnapshotProvider> logger)
    {
        _source = source;
        _factory = factory;
        _events = events;
        _time = time;
        _logger = logger;
        _current = _factory.Create(_source.Load(_disposed.Token));
        LogLoaded(_logger, _source.Description, _current.Version);
        _events.SupergraphLoaded(_current.Version, _source.Description, false);
        _subscription = ChangeToken.OnChange(_source.Watch, ScheduleReload);
    }

    /// <inheritdoc />
    public GatewaySnapshot? Current => Volatile.Read(ref _current);

    /// <summary>Reloads now (the debounced change handler and tests call it); true when a new snapshot was swapped in.</summary>
    public bool Reload()
    {
        lock (_reloadGate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return false;
            }

            try
            {
                var next = _factory.Create(_source.Load(_disposed.Token));
                if (next.Version == Current?.Version)
                {
                    return false;
                }

                Volatile.Write(ref _current, next);
                LogLoaded(_logger, _source.Description, next.Version);
                _events.SupergraphLoaded(next.Version, _source.Description, true);
                return true;
            }
            catch (Exception ex)
            {
                // Whatever went wrong (a bad package, I/O, a bug, memory exhausted by a hostile input), the last good
                // snapshot keeps serving: a reload runs on a timer thread, where an escaping exception ends the process.
                LogReloadFailed(_logger, ex, _source.Description, Current?.Version ?? "(none)", ex.GetType().Name, ex.Message);
                _events.SupergraphLoadFailed(_source.Description, ex);
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_reloadGate)
        {
            _disposed.Cancel();
            _subscription.Dispose();
            _debounce?.Dispose();
        }
    }

    private void ScheduleReload()
    {
        lock (_reloadGate)
        {
            if (_disposed.IsCancellationRequested)
            {
                return;
            }

            _debounce?.Dispose();
            _debounce = _time.CreateTimer(static state => ((GatewaySnapshotProvider)state!).Reload(), this, ReloadDelay, Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Loaded supergraph from {Source} (version {Version}).")]
    private static partial void LogLoaded(ILogger logger, string source, string version);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Error, Message = "Reloading the supergraph from {Source} failed; still serving version {Version}. {ExceptionType}: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception, string source, string version, string exceptionType, string reason);
}
