using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Runtime state of one subgraph: its URLs (each with its circuit), the load balancer over them, and the retry pipeline
/// for queries. One instance per subgraph per loaded supergraph.
/// </summary>
internal sealed class SubgraphRoute
{
    private readonly SubgraphUrl[] _urls;
    private int _next = -1;

    public SubgraphRoute(SubgraphEndpoint endpoint, TimeProvider time, ILogger logger)
    {
        Endpoint = endpoint;
        var options = endpoint.Resilience;
        _urls = endpoint.AllUrls.Select(u => new SubgraphUrl(endpoint.Name, u, options, endpoint.Timeout, time, logger)).ToArray();
        QueryPipeline = options.MaxAttempts <= 1
            ? ResiliencePipeline<SubgraphResult>.Empty
            : new ResiliencePipelineBuilder<SubgraphResult> { TimeProvider = time }
                .AddRetry(new RetryStrategyOptions<SubgraphResult>
                {
                    MaxRetryAttempts = options.MaxAttempts - 1,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.RetryMaxDelay,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                    OnRetry = args =>
                    {
                        var reason = args.Outcome.Exception?.Message ?? $"HTTP {args.Outcome.Result?.StatusCode}";
                        TransportLog.Retrying(logger, endpoint.Name, args.RetryDelay, args.AttemptNumber + 1, reason);
                        return ValueTask.CompletedTask;
                    },
                })
                .Build();
    }

    public SubgraphEndpoint Endpoint { get; }

    /// <summary>True when requests are load-balanced over more than one URL.</summary>
    public bool HasSeveralUrls => _urls.Length > 1;

    /// <summary>Retries failed attempts (<see cref="SubgraphFailures"/>, or an open circuit while another URL is available).</summary>
    public ResiliencePipeline<SubgraphResult> QueryPipeline { get; }

    /// <summary>
    /// Picks a URL whose circuit is not open, preferring one not in <paramref name="tried"/>: round-robin, or fewest
    /// requests in flight (ties in round-robin order). Null when every circuit is open.
    /// </summary>
    public SubgraphUrl? Pick(List<SubgraphUrl>? tried)
    {
        if (_urls.Length == 1)
        {
            return _urls[0].IsAvailable ? _urls[0] : null;
        }

        var start = (int)((uint)Interlocked.Increment(ref _next) % (uint)_urls.Length);
        return PickFrom(start, tried) ?? (tried is null ? null : PickFrom(start, null));
    }

    private SubgraphUrl? PickFrom(int start, List<SubgraphUrl>? exclude)
    {
        SubgraphUrl? best = null;
        for (var i = 0; i < _urls.Length; i++)
        {
            var url = _urls[(start + i) % _urls.Length];
            if (!url.IsAvailable || (exclude is not null && exclude.Contains(url)))
            {
                continue;
            }

            if (Endpoint.Resilience.LoadBalancing == SubgraphLoadBalancing.RoundRobin)
            {
                return url;
            }

            if (best is null || url.Outstanding < best.Outstanding)
            {
                best = url;
            }
        }

        return best;
    }

    /// <summary>True when any URL's circuit is not open.</summary>
    private bool AnyAvailable()
    {
        foreach (var url in _urls)
        {
            if (url.IsAvailable)
            {
                return true;
            }
        }

        return false;
    }

    private bool ShouldRetry(Outcome<SubgraphResult> outcome, ResilienceContext context)
    {
        if (context.CancellationToken.IsCancellationRequested)
        {
            return false;
        }

        return outcome.Exception is BrokenCircuitException ? AnyAvailable() : SubgraphFailures.IsFailure(outcome);
    }
}
