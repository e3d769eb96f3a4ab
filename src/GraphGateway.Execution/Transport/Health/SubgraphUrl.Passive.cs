namespace GraphGateway.Execution.Transport.Health;

/// <summary>Passive health (outlier detection) of one URL: ejection after failures, exponential back-off, one probe while half-open.</summary>
internal sealed partial class SubgraphUrl
{
    private const int Healthy = 0;
    private const int Ejected = 1;
    private const int Probing = 2;

    private readonly FailureWindow _window = new();
    private int _state;
    private long _ejectedUntil;
    private int _consecutiveFailures;
    private int _ejections;
    private long _returnedAt = long.MinValue;
    private string? _lastFailure;
    private DateTimeOffset _since;

    /// <summary>True when requests may be sent to it: not ejected and not failing its active health checks.</summary>
    public bool InRotation => Volatile.Read(ref _state) == Healthy && Volatile.Read(ref _activeUnhealthy) == 0;

    /// <summary>True when it is ejected (or probing), so the balancer looks at <see cref="TryClaimProbe"/>.</summary>
    public bool IsEjected => Volatile.Read(ref _state) != Healthy;

    /// <summary>
    /// Makes the caller's request the one probe of an ejected URL whose ejection is over (half-open), unless a probe is
    /// already in flight, active checks decide instead, or they mark it unhealthy. At most one caller gets true until the
    /// probe's outcome is recorded.
    /// </summary>
    public bool TryClaimProbe(long now)
    {
        if (Volatile.Read(ref _state) != Ejected || now < Volatile.Read(ref _ejectedUntil) || Volatile.Read(ref _activeUnhealthy) != 0 || Options.ActiveHealth.Enabled)
        {
            return false;
        }

        lock (_gate)
        {
            if (_state != Ejected || now < _ejectedUntil)
            {
                return false;
            }

            Volatile.Write(ref _state, Probing);
            SetSince();
        }

        TransportLog.ProbeSent(_logger, Subgraph, Url);
        return true;
    }

    /// <summary>Records an answer that is not a failure: resets the failure count; a successful probe returns the URL to the rotation.</summary>
    public void RecordSuccess(long start, long end, bool probe)
    {
        var returned = false;
        lock (_gate)
        {
            _consecutiveFailures = 0;
            _window.Add(false, end, WindowTicks);
            if (probe && _state == Probing)
            {
                ReturnLocked(end);
                returned = true;
            }

            ObserveLatencyLocked(start, end);
        }

        if (returned)
        {
            TransportLog.Returned(_logger, Subgraph, Url, "a probe request succeeded");
        }
    }

    /// <summary>
    /// Records a failed attempt (<paramref name="reason"/> says what failed). With passive health on, the URL is ejected
    /// after <see cref="SubgraphPassiveHealthOptions.ConsecutiveFailures"/> failures in a row, when the failure ratio is
    /// reached, or when it was the probe. <paramref name="latencyEnd"/> (the end of a timed-out attempt) also feeds the
    /// latency average; null for failures that say nothing about answer times (connection refused).
    /// </summary>
    public void RecordFailure(long start, long? latencyEnd, bool probe, string reason)
    {
        var now = latencyEnd ?? _time.GetTimestamp();
        TimeSpan? ejectedFor = null;
        lock (_gate)
        {
            if (latencyEnd is { } end)
            {
                ObserveLatencyLocked(start, end);
            }

            _lastFailure = reason;
            _consecutiveFailures++;
            var passive = Options.PassiveHealth;
            _window.Add(true, now, WindowTicks);
            if (probe && _state == Probing)
            {
                ejectedFor = EjectLocked(now);
            }
            else if (passive.Enabled && _state == Healthy
                && (_consecutiveFailures >= passive.ConsecutiveFailures || _window.Reached(now, WindowTicks, passive.MinimumThroughput, passive.FailureRatio)))
            {
                ejectedFor = EjectLocked(now);
            }
        }

        if (ejectedFor is { } duration)
        {
            TransportLog.Ejected(_logger, Subgraph, Url, duration, reason);
        }
    }

    /// <summary>Records an attempt that ended without a verdict (cancelled by the caller): a probe's claim is given back.</summary>
    public void RecordNoVerdict(bool probe)
    {
        if (!probe)
        {
            return;
        }

        lock (_gate)
        {
            if (_state == Probing)
            {
                Volatile.Write(ref _ejectedUntil, _time.GetTimestamp());
                Volatile.Write(ref _state, Ejected);
            }
        }
    }

    private long WindowTicks => (long)(Options.PassiveHealth.SamplingDuration.TotalSeconds * _time.TimestampFrequency);

    /// <summary>Ejects for the base time, doubled per ejection that follows a return within the longest time; returns the duration.</summary>
    private TimeSpan EjectLocked(long now)
    {
        var passive = Options.PassiveHealth;
        var max = passive.MaxEjectionTime;
        var recentlyReturned = _returnedAt != long.MinValue && _time.GetElapsedTime(_returnedAt, now) <= max;
        _ejections = _state == Probing || recentlyReturned ? Math.Min(_ejections + 1, 30) : 1;
        var duration = TimeSpan.FromTicks(Math.Min(passive.EjectionTime.Ticks * (1L << Math.Min(_ejections - 1, 20)), max.Ticks));
        Volatile.Write(ref _ejectedUntil, now + (long)(duration.TotalSeconds * _time.TimestampFrequency));
        Volatile.Write(ref _state, Ejected);
        _window.Reset();
        SetSince();
        return duration;
    }

    /// <summary>
    /// Back in the rotation as if new: failure counts and the latency average start over (a recovered instance would
    /// otherwise be avoided until the attempt timeouts that ejected it decayed out of its average, about a minute).
    /// </summary>
    private void ReturnLocked(long now)
    {
        Volatile.Write(ref _state, Healthy);
        _returnedAt = now;
        _consecutiveFailures = 0;
        _window.Reset();
        Volatile.Write(ref _latencyTicks, 0);
        Volatile.Write(ref _latencyStamp, 0);
        SetSince();
    }

    private void SetSince() => _since = _time.GetUtcNow();

    /// <summary>A consistent view for <see cref="SubgraphHealthRegistry.GetStatuses"/>.</summary>
    public SubgraphUrlStatus Status()
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var state = (Volatile.Read(ref _activeUnhealthy) != 0, _state) switch
            {
                (true, _) => SubgraphUrlState.Unhealthy,
                (_, Probing) => SubgraphUrlState.HalfOpen,
                (_, Ejected) when now >= _ejectedUntil && !Options.ActiveHealth.Enabled => SubgraphUrlState.HalfOpen,
                (_, Ejected) => SubgraphUrlState.Ejected,
                _ => SubgraphUrlState.Healthy,
            };
            return new SubgraphUrlStatus
            {
                Subgraph = Subgraph,
                Url = Url,
                State = state,
                Since = _since,
                EjectedUntil = state == SubgraphUrlState.Ejected && now < _ejectedUntil ? _time.GetUtcNow() + _time.GetElapsedTime(now, _ejectedUntil) : null,
                RequestsInFlight = Outstanding,
                Latency = LatencyNow(now),
                ConsecutiveFailures = _consecutiveFailures,
                LastHealthCheck = _lastCheck,
                LastFailure = _lastFailure,
            };
        }
    }
}
