namespace GraphGateway.Execution.Transport.Health;

/// <summary>
/// Successes and failures of one URL over a sliding window, in ten buckets of a tenth of the window each (a bucket older
/// than the window is emptied when its slot is reused). Not thread-safe: the owning <see cref="SubgraphUrl"/> calls it
/// under its lock.
/// </summary>
internal sealed class FailureWindow
{
    private const int Buckets = 10;
    private readonly long[] _epochs = new long[Buckets];
    private readonly int[] _successes = new int[Buckets];
    private readonly int[] _failures = new int[Buckets];

    public FailureWindow() => Reset();

    /// <summary>Counts one attempt at <paramref name="now"/> (a <see cref="TimeProvider.GetTimestamp"/> value).</summary>
    public void Add(bool failed, long now, long windowTicks)
    {
        var epoch = now / BucketTicks(windowTicks);
        var i = (int)(epoch % Buckets);
        if (_epochs[i] != epoch)
        {
            _epochs[i] = epoch;
            _successes[i] = 0;
            _failures[i] = 0;
        }

        if (failed)
        {
            _failures[i]++;
        }
        else
        {
            _successes[i]++;
        }
    }

    /// <summary>True when at least <paramref name="minimumThroughput"/> attempts in the window failed at a share of at least <paramref name="ratio"/>.</summary>
    public bool Reached(long now, long windowTicks, int minimumThroughput, double ratio)
    {
        var epoch = now / BucketTicks(windowTicks);
        long total = 0, failed = 0;
        for (var i = 0; i < Buckets; i++)
        {
            if (epoch - _epochs[i] < Buckets)
            {
                total += _successes[i] + _failures[i];
                failed += _failures[i];
            }
        }

        return total >= minimumThroughput && failed >= ratio * total;
    }

    /// <summary>Forgets every attempt.</summary>
    public void Reset()
    {
        Array.Fill(_epochs, long.MinValue / 2);
        Array.Clear(_successes);
        Array.Clear(_failures);
    }

    private static long BucketTicks(long windowTicks) => Math.Max(1, windowTicks / Buckets);
}
