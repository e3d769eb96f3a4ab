using GraphGateway.Execution.Transport.Health;

namespace GraphGateway.Execution.Transport.LoadBalancing;

/// <summary>
/// One subgraph's URLs and the load balancer over them (<see cref="SubgraphLoadBalancing"/>). URLs out of the rotation
/// are skipped; a URL whose ejection is over is handed to one query as its probe. A request's tried URLs are a bit set
/// (bit = <see cref="SubgraphUrl.Index"/>; URLs past the 64th are never marked).
/// </summary>
internal sealed class SubgraphRoute
{
    private readonly SubgraphUrl[] _urls;
    private readonly TimeProvider _time;
    private int _next = -1;

    public SubgraphRoute(SubgraphEndpoint endpoint, SubgraphUrl[] urls, TimeProvider time)
    {
        Endpoint = endpoint;
        _urls = urls;
        _time = time;
    }

    public SubgraphEndpoint Endpoint { get; }

    /// <summary>Number of URLs.</summary>
    public int Count => _urls.Length;

    /// <summary>The bit of <paramref name="url"/> in a tried set.</summary>
    public static ulong Bit(SubgraphUrl url) => url.Index < 64 ? 1UL << url.Index : 0;

    /// <summary>
    /// Picks a URL for an attempt. When <paramref name="mayProbe"/> (a query's first attempt) and an ejected URL's
    /// ejection is over, that URL becomes the probe (<paramref name="probe"/> true). Otherwise a URL in the rotation that
    /// is not in <paramref name="tried"/>, by the policy; when <paramref name="untriedOnly"/> is false and every URL in
    /// the rotation was tried, any URL in the rotation. Null when none qualifies.
    /// </summary>
    public SubgraphUrl? Pick(ulong tried, bool mayProbe, bool untriedOnly, out bool probe)
    {
        probe = false;
        if (mayProbe && TryProbe() is { } probed)
        {
            probe = true;
            return probed;
        }

        if (tried != 0 && !AnyCandidate(tried))
        {
            if (untriedOnly)
            {
                return null;
            }

            tried = 0;
        }

        return PickBy(tried);
    }

    private bool AnyCandidate(ulong exclude)
    {
        foreach (var url in _urls)
        {
            if (Candidate(url, exclude))
            {
                return true;
            }
        }

        return false;
    }

    private SubgraphUrl? TryProbe()
    {
        long now = 0;
        foreach (var url in _urls)
        {
            if (url.IsEjected)
            {
                now = now == 0 ? _time.GetTimestamp() : now;
                if (url.TryClaimProbe(now))
                {
                    return url;
                }
            }
        }

        return null;
    }

    private SubgraphUrl? PickBy(ulong exclude)
    {
        if (_urls.Length == 1)
        {
            var only = _urls[0];
            return only.InRotation && (exclude & Bit(only)) == 0 ? only : null;
        }

        return Endpoint.Resilience.LoadBalancing switch
        {
            SubgraphLoadBalancing.RoundRobin => RoundRobin(exclude),
            SubgraphLoadBalancing.LeastRequests => LeastRequests(exclude),
            _ => PeakEwma(exclude),
        };
    }

    private int NextStart() => (int)((uint)Interlocked.Increment(ref _next) % (uint)_urls.Length);

    private bool Candidate(SubgraphUrl url, ulong exclude) => url.InRotation && (exclude & Bit(url)) == 0;

    private SubgraphUrl? RoundRobin(ulong exclude)
    {
        var start = NextStart();
        for (var i = 0; i < _urls.Length; i++)
        {
            var url = _urls[(start + i) % _urls.Length];
            if (Candidate(url, exclude))
            {
                return url;
            }
        }

        return null;
    }

    private SubgraphUrl? LeastRequests(ulong exclude)
    {
        var start = NextStart();
        SubgraphUrl? best = null;
        for (var i = 0; i < _urls.Length; i++)
        {
            var url = _urls[(start + i) % _urls.Length];
            if (Candidate(url, exclude) && (best is null || url.Outstanding < best.Outstanding))
            {
                best = url;
            }
        }

        return best;
    }

    /// <summary>Power of two choices by <see cref="SubgraphUrl.Cost"/>: two candidates drawn at random (both when there are two), the cheaper wins, ties in turn.</summary>
    private SubgraphUrl? PeakEwma(ulong exclude)
    {
        Span<int> candidates = _urls.Length <= 64 ? stackalloc int[_urls.Length] : new int[_urls.Length];
        var count = 0;
        for (var i = 0; i < _urls.Length; i++)
        {
            if (Candidate(_urls[i], exclude))
            {
                candidates[count++] = i;
            }
        }

        if (count <= 1)
        {
            return count == 0 ? null : _urls[candidates[0]];
        }

        int a, b;
        if (count == 2)
        {
            var turn = NextStart() & 1;
            (a, b) = (candidates[turn], candidates[1 - turn]);
        }
        else
        {
            var first = Random.Shared.Next(count);
            var second = Random.Shared.Next(count - 1);
            (a, b) = (candidates[first], candidates[second >= first ? second + 1 : second]);
        }

        var now = _time.GetTimestamp();
        return _urls[b].Cost(now) < _urls[a].Cost(now) ? _urls[b] : _urls[a];
    }
}
