using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Transport.Health;

/// <summary>
/// Runtime state of one subgraph URL (one instance of the subgraph): its load (requests in flight, their ages, a
/// peak-sensitive latency average) and its health (passive: <see cref="SubgraphUrl"/>.Passive.cs; active:
/// .Active.cs). Shared by every <see cref="HttpSubgraphClient"/> built over the same <see cref="SubgraphHealthRegistry"/>,
/// so health survives a supergraph reload. Thread-safe: counters are interlocked, state changes happen under one lock.
/// </summary>
internal sealed partial class SubgraphUrl
{
    /// <summary>
    /// How fast the latency average forgets: a sample's weight falls as e^(-t / 2 s). Short, because one slow answer (a
    /// cold start, a GC pause) should not keep an instance out of use for long; a hung instance is kept away by the age
    /// of its pending requests and by ejection, not by this average.
    /// </summary>
    private static readonly TimeSpan LatencyDecay = TimeSpan.FromSeconds(2);

    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private readonly double _decayTicks;
    private SubgraphResilienceOptions _options;
    private int _outstanding;
    private long _pendingStartSum;
    private double _latencyTicks;
    private long _latencyStamp;

    public SubgraphUrl(string subgraph, Uri url, int index, SubgraphResilienceOptions options, TimeProvider time, ILogger logger)
    {
        Subgraph = subgraph;
        Url = url;
        Index = index;
        _options = options;
        _time = time;
        _logger = logger;
        _decayTicks = LatencyDecay.TotalSeconds * time.TimestampFrequency;
        _since = time.GetUtcNow();
    }

    public string Subgraph { get; }

    public Uri Url { get; }

    /// <summary>Where its state changes are logged.</summary>
    public ILogger Logger => _logger;

    /// <summary>Position among the subgraph's URLs (bit in a request's set of tried URLs).</summary>
    public int Index { get; set; }

    /// <summary>The settings in force (replaced when a reload changes them).</summary>
    public SubgraphResilienceOptions Options
    {
        get => Volatile.Read(ref _options);
        set
        {
            lock (_gate)
            {
                if (!Equals(_options.PassiveHealth, value.PassiveHealth))
                {
                    _window.Reset();
                }

                Volatile.Write(ref _options, value);
            }
        }
    }

    /// <summary>Requests to this URL in flight.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    /// <summary>Counts a request as in flight; returns its start (a <see cref="TimeProvider.GetTimestamp"/> value) for <see cref="Exit"/>.</summary>
    public long Enter()
    {
        var start = _time.GetTimestamp();
        Interlocked.Add(ref _pendingStartSum, start);
        Interlocked.Increment(ref _outstanding);
        return start;
    }

    /// <summary>Ends what <see cref="Enter"/> started.</summary>
    public void Exit(long start)
    {
        Interlocked.Decrement(ref _outstanding);
        Interlocked.Add(ref _pendingStartSum, -start);
    }

    /// <summary>
    /// Load-balancing cost at <paramref name="now"/>: latency × (requests in flight + 1), where latency is the decayed
    /// peak-sensitive average, raised to the average age of the requests in flight (a hung instance's age grows while
    /// its average stays stale). Sums of timestamps may wrap; their difference does not.
    /// </summary>
    public double Cost(long now)
    {
        var outstanding = Volatile.Read(ref _outstanding);
        var latency = DecayedLatency(now);
        if (outstanding > 0)
        {
            var age = unchecked((now * outstanding) - Volatile.Read(ref _pendingStartSum)) / (double)outstanding;
            latency = Math.Max(latency, age);
        }

        return (latency + 1) * (outstanding + 1);
    }

    /// <summary>Feeds one answer time (or the time an attempt waited before it timed out or was hedged away).</summary>
    public void ObserveLatency(long start, long end)
    {
        lock (_gate)
        {
            ObserveLatencyLocked(start, end);
        }
    }

    private void ObserveLatencyLocked(long start, long end)
    {
        double rtt = end - start;
        var previous = DecayedLatency(end);
        _latencyTicks = rtt >= previous || _latencyStamp == 0 ? rtt : previous + ((rtt - previous) * (1 - Math.Exp(-(end - _latencyStamp) / _decayTicks)));
        _latencyStamp = end;
    }

    private double DecayedLatency(long now)
    {
        var stamp = Volatile.Read(ref _latencyStamp);
        var latency = Volatile.Read(ref _latencyTicks);
        return stamp == 0 || now <= stamp ? latency : latency * Math.Exp(-(now - stamp) / _decayTicks);
    }

    private TimeSpan LatencyNow(long now) => TimeSpan.FromSeconds(DecayedLatency(now) / _time.TimestampFrequency);
}
