using System.Collections.Concurrent;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Cancellation sources for the transport's timeouts (overall and per attempt), reused across requests with the system
/// clock: a source whose timeout did not fire is reset (<see cref="CancellationTokenSource.TryReset"/>, which also stops
/// its timer) and kept, at most <see cref="MaxKept"/> of them; a cancelled one is disposed. Under load every subgraph
/// call needs two, and a fresh source with its timer and registrations was about 560 bytes per call. With any other
/// <see cref="TimeProvider"/> (tests) each rent is a new source on that clock: <c>TryReset</c> cannot stop its timer.
/// </summary>
internal sealed class TimeoutSources(TimeProvider time)
{
    private const int MaxKept = 256;
    private readonly ConcurrentQueue<CancellationTokenSource> _free = new();
    private readonly bool _reusable = ReferenceEquals(time, TimeProvider.System);
    private int _kept;

    /// <summary>A source that cancels after <paramref name="delay"/> (<see cref="Timeout.InfiniteTimeSpan"/>: never by itself).</summary>
    public CancellationTokenSource Rent(TimeSpan delay)
    {
        CancellationTokenSource? source = null;
        if (_reusable && _free.TryDequeue(out source))
        {
            Interlocked.Decrement(ref _kept);
        }

        source ??= _reusable ? new CancellationTokenSource() : new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        if (delay != Timeout.InfiniteTimeSpan)
        {
            source.CancelAfter(delay);
        }

        return source;
    }

    /// <summary>Gives back a source once nothing can cancel it any more (its links to other tokens disposed first).</summary>
    public void Return(CancellationTokenSource source)
    {
        if (_reusable && Volatile.Read(ref _kept) < MaxKept && source.TryReset())
        {
            Interlocked.Increment(ref _kept);
            _free.Enqueue(source);
            return;
        }

        source.Dispose();
    }
}
