using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Diagnostics;

/// <summary>
/// Fans execution events out to every registered <see cref="IGatewayEventListener"/>. With no listener every call returns at
/// once (check <see cref="IsEnabled"/> to skip building event data). A listener that throws is skipped for that event.
/// </summary>
public sealed class GatewayEvents
{
    private readonly IGatewayEventListener[] _listeners;

    /// <summary>Creates the fan-out over <paramref name="listeners"/> (in registration order).</summary>
    public GatewayEvents(IEnumerable<IGatewayEventListener> listeners) => _listeners = listeners.ToArray();

    /// <summary>Events nobody listens to.</summary>
    public static GatewayEvents None { get; } = new([]);

    /// <summary>True when at least one listener is registered.</summary>
    public bool IsEnabled => _listeners.Length > 0;

    /// <inheritdoc cref="IGatewayEventListener.RequestStarted"/>
    public IDisposable? RequestStarted(GatewayRequestContext context) => Scope(static (l, c) => l.RequestStarted(c), context);

    /// <inheritdoc cref="IGatewayEventListener.StageStarted"/>
    public IDisposable? StageStarted(GatewayRequestContext context, string stage) => Scope(static (l, s) => l.StageStarted(s.context, s.stage), (context, stage));

    /// <inheritdoc cref="IGatewayEventListener.StageFailed"/>
    public void StageFailed(GatewayRequestContext context, string stage, Exception exception) =>
        Each(static (l, s) => l.StageFailed(s.context, s.stage, s.exception), (context, stage, exception));

    /// <inheritdoc cref="IGatewayEventListener.SubgraphRequestStarted"/>
    public IDisposable? SubgraphRequestStarted(SubgraphRequest request) => Scope(static (l, r) => l.SubgraphRequestStarted(r), request);

    /// <inheritdoc cref="IGatewayEventListener.SubgraphRequestCompleted"/>
    public void SubgraphRequestCompleted(SubgraphRequest request, SubgraphResult result, TimeSpan elapsed) =>
        Each(static (l, s) => l.SubgraphRequestCompleted(s.request, s.result, s.elapsed), (request, result, elapsed));

    /// <inheritdoc cref="IGatewayEventListener.SupergraphLoaded"/>
    public void SupergraphLoaded(string version, string source, bool isReload) =>
        Each(static (l, s) => l.SupergraphLoaded(s.version, s.source, s.isReload), (version, source, isReload));

    /// <inheritdoc cref="IGatewayEventListener.SupergraphLoadFailed"/>
    public void SupergraphLoadFailed(string source, Exception exception) =>
        Each(static (l, s) => l.SupergraphLoadFailed(s.source, s.exception), (source, exception));

    private IDisposable? Scope<TState>(Func<IGatewayEventListener, TState, IDisposable?> start, TState state)
    {
        if (_listeners.Length == 0)
        {
            return null;
        }

        if (_listeners.Length == 1)
        {
            return Try(start, _listeners[0], state);
        }

        List<IDisposable>? scopes = null;
        foreach (var listener in _listeners)
        {
            if (Try(start, listener, state) is { } scope)
            {
                (scopes ??= []).Add(scope);
            }
        }

        return scopes is null ? null : new CompositeScope(scopes);
    }

    private void Each<TState>(Action<IGatewayEventListener, TState> notify, TState state)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                notify(listener, state);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A broken listener must not fail requests; it only loses this event.
            }
        }
    }

    private static IDisposable? Try<TState>(Func<IGatewayEventListener, TState, IDisposable?> start, IGatewayEventListener listener, TState state)
    {
        try
        {
            return start(listener, state);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <summary>Ends the scopes of several listeners in reverse order of their start.</summary>
    private sealed class CompositeScope(List<IDisposable> scopes) : IDisposable
    {
        public void Dispose()
        {
            for (var i = scopes.Count - 1; i >= 0; i--)
            {
                try
                {
                    scopes[i].Dispose();
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // See Each.
                }
            }
        }
    }
}
