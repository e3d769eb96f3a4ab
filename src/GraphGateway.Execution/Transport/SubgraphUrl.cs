using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// Runtime state of one subgraph URL: its attempt pipeline (circuit breaker around the attempt timeout), requests in
/// flight, and until when its circuit is open (so the load balancer can skip it).
/// </summary>
internal sealed class SubgraphUrl
{
    private readonly TimeProvider _time;
    private long _openUntilTicks = long.MinValue;
    private int _outstanding;

    public SubgraphUrl(string subgraph, Uri url, SubgraphResilienceOptions options, TimeSpan overallTimeout, TimeProvider time, ILogger logger)
    {
        Url = url;
        _time = time;
        var builder = new ResiliencePipelineBuilder<SubgraphResult> { TimeProvider = time };
        if (options.CircuitBreakerEnabled)
        {
            builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<SubgraphResult>
            {
                FailureRatio = options.FailureRatio,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = static args => ValueTask.FromResult(SubgraphFailures.IsFailure(args.Outcome)),
                OnOpened = args =>
                {
                    Volatile.Write(ref _openUntilTicks, (_time.GetUtcNow() + args.BreakDuration).UtcTicks);
                    TransportLog.CircuitOpened(logger, subgraph, url, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
                OnClosed = _ =>
                {
                    Volatile.Write(ref _openUntilTicks, long.MinValue);
                    TransportLog.CircuitClosed(logger, subgraph, url);
                    return ValueTask.CompletedTask;
                },
            });
        }

        if (options.AttemptTimeout < overallTimeout)
        {
            builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.AttemptTimeout });
        }

        Pipeline = builder.Build();
    }

    /// <summary>The URL requests are posted to.</summary>
    public Uri Url { get; }

    /// <summary>Circuit breaker (when enabled) around the attempt timeout (when shorter than the overall timeout).</summary>
    public ResiliencePipeline<SubgraphResult> Pipeline { get; }

    /// <summary>Requests to this URL in flight.</summary>
    public int Outstanding => Volatile.Read(ref _outstanding);

    /// <summary>False while the circuit is open and its break has not elapsed (after it, one probe may pass).</summary>
    public bool IsAvailable => _time.GetUtcNow().UtcTicks >= Volatile.Read(ref _openUntilTicks);

    public void Enter() => Interlocked.Increment(ref _outstanding);

    public void Exit() => Interlocked.Decrement(ref _outstanding);
}

/// <summary>Which outcomes of an attempt count as failures (for retries and circuits).</summary>
internal static class SubgraphFailures
{
    /// <summary>Transport errors, attempt timeouts and HTTP 502/503/504; not the caller's cancellation.</summary>
    public static bool IsFailure(Outcome<SubgraphResult> outcome) => outcome.Exception switch
    {
        null => outcome.Result is { StatusCode: 502 or 503 or 504 },
        TimeoutRejectedException or HttpRequestException or IOException => true,
        _ => false,
    };
}
