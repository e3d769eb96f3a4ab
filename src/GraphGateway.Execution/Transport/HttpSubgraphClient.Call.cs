using System.Runtime.CompilerServices;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Transport.Health;
using GraphGateway.Execution.Transport.LoadBalancing;

namespace GraphGateway.Execution.Transport;

/// <summary>One subgraph request's attempts: URL choice, failover, retries with backoff, hedging (docs/runtime.md, "Load balancing and failover").</summary>
public sealed partial class HttpSubgraphClient
{
    /// <summary>
    /// The attempts of one request. Rules: an answer that is not a failure ends the call. A failure that reached no
    /// server (<see cref="SubgraphFailureKind.NotSent"/>) goes at once to an untried URL in the rotation, for every
    /// operation, and does not count as an attempt; with no untried URL left it counts like any failure. Other failures
    /// end mutations (and requests of unknown kind); queries are retried up to <see cref="SubgraphResilienceOptions.MaxAttempts"/>
    /// counted attempts with backoff, on an untried URL when there is one. A query's first attempt may be a half-open
    /// URL's probe, and with <see cref="SubgraphResilienceOptions.HedgeDelay"/> a slow attempt is raced by one on another URL.
    /// </summary>
    private sealed class Call(
        HttpSubgraphClient owner,
        SubgraphRoute route,
        ReadOnlyMemory<byte> body,
        OperationKind kind,
        IReadOnlyDictionary<string, string>? headers,
        CancellationToken callerToken)
    {
        private ulong _tried;
        private int _sent;
        private CancellationToken _overallToken;

        private bool IsQuery => kind == OperationKind.Query;

        private SubgraphEndpoint Endpoint => route.Endpoint;

        /// <summary>Runs the attempts under the overall timeout (a reused source, linked to the caller's token).</summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        public async ValueTask<SubgraphResult> RunAsync()
        {
            var overall = owner._timeouts.Rent(TimerDelay(Endpoint.Timeout));
            var link = callerToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), overall);
            _overallToken = overall.Token;
            try
            {
                return await AttemptsAsync().ConfigureAwait(false);
            }
            finally
            {
                link.Dispose();
                owner._timeouts.Return(overall);
            }
        }

        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<SubgraphResult> AttemptsAsync()
        {
            var options = Endpoint.Resilience;
            Attempt? last = null;
            var counted = 0;
            var failover = false;
            while (true)
            {
                var url = route.Pick(_tried, mayProbe: IsQuery && _sent == 0, untriedOnly: failover, out var probe);
                if (url is null && failover)
                {
                    // No untried URL left: the request that reached no server counts as an ordinary failed attempt.
                    failover = false;
                    if (!await CountAndBackOffAsync(++counted, last!.Value).ConfigureAwait(false))
                    {
                        return Finish(last.Value);
                    }

                    continue;
                }

                if (url is null)
                {
                    return last is { } failed ? Finish(failed) : Unavailable();
                }

                _tried |= SubgraphRoute.Bit(url);
                _sent++;
                var attempt = options.HedgeDelay is { } hedgeDelay && IsQuery && route.Count > 1
                    ? await HedgedAsync(url, probe, hedgeDelay).ConfigureAwait(false)
                    : await SingleAsync(url, probe).ConfigureAwait(false);

                if (attempt.Verdict == Verdict.Cancelled)
                {
                    last?.Result?.ReleaseBody();
                    callerToken.ThrowIfCancellationRequested();
                    return SubgraphResult.Failed(SubgraphFailureKind.Timeout, $"timed out after {Endpoint.Timeout.TotalSeconds:0.###} s" + Suffix());
                }

                if (attempt.Verdict != Verdict.Failure)
                {
                    last?.Result?.ReleaseBody();
                    return attempt.Verdict == Verdict.Answer ? attempt.Result! : Finish(attempt);
                }

                last?.Result?.ReleaseBody();
                last = attempt;
                if (attempt.Kind == SubgraphFailureKind.NotSent)
                {
                    TransportLog.FailingOver(owner._logger, Endpoint.Name, url.Url, attempt.Reason);
                    failover = true;
                    continue;
                }

                if (!await CountAndBackOffAsync(++counted, attempt).ConfigureAwait(false))
                {
                    return Finish(attempt);
                }
            }
        }

        /// <summary>One attempt, recorded for its URL's health; an overall timeout during it counts as the URL's timeout.</summary>
        [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
        private async ValueTask<Attempt> SingleAsync(SubgraphUrl url, bool probe)
        {
            var attempt = await owner.AttemptAsync(Endpoint, url, body, headers, _overallToken).ConfigureAwait(false);
            if (attempt.Verdict == Verdict.Cancelled && !callerToken.IsCancellationRequested)
            {
                url.RecordFailure(attempt.Start, attempt.End, probe, $"timed out after {Endpoint.Timeout.TotalSeconds:0.###} s");
            }
            else
            {
                Record(url, probe, attempt);
            }

            return attempt;
        }

        /// <summary>
        /// The attempt on <paramref name="url"/>, raced after <paramref name="delay"/> by one on an untried URL in the
        /// rotation: the first answer that is not a failure wins and the other attempt is cancelled (a probe that loses
        /// counts as failed; its body, if any, is released). When both fail, the later failure is returned.
        /// </summary>
        private async Task<Attempt> HedgedAsync(SubgraphUrl url, bool probe, TimeSpan delay)
        {
            var firstCts = CancellationTokenSource.CreateLinkedTokenSource(_overallToken);
            var first = Run(url, probe, firstCts);
            using (var timer = new CancellationTokenSource())
            {
                var elapsed = Task.Delay(delay, owner._time, timer.Token);
                if (await Task.WhenAny(first, elapsed).ConfigureAwait(false) == first)
                {
                    timer.Cancel();
                    return await Settle(first, firstCts).ConfigureAwait(false);
                }
            }

            var other = route.Pick(_tried, mayProbe: false, untriedOnly: true, out _);
            if (other is null)
            {
                return await Settle(first, firstCts).ConfigureAwait(false);
            }

            _tried |= SubgraphRoute.Bit(other);
            _sent++;
            var secondCts = CancellationTokenSource.CreateLinkedTokenSource(_overallToken);
            var second = Run(other, false, secondCts);
            var winner = await Task.WhenAny(first, second).ConfigureAwait(false);
            var (loser, loserCts, winnerCts) = winner == first ? (second, secondCts, firstCts) : (first, firstCts, secondCts);
            var won = await Settle(winner, winnerCts).ConfigureAwait(false);
            if (won.Verdict != Verdict.Failure)
            {
                loserCts.Cancel();
                _ = Discard(loser, loserCts);
                return won;
            }

            // The first to finish failed: the other decides (its answer, or the later failure).
            var later = await Settle(loser, loserCts).ConfigureAwait(false);
            won.Result?.ReleaseBody();
            return later;

            async Task<(Attempt Attempt, SubgraphUrl Url, bool Probe)> Run(SubgraphUrl target, bool isProbe, CancellationTokenSource cts) =>
                (await owner.AttemptAsync(Endpoint, target, body, headers, cts.Token).ConfigureAwait(false), target, isProbe);

            async Task<Attempt> Settle(Task<(Attempt Attempt, SubgraphUrl Url, bool Probe)> task, CancellationTokenSource cts)
            {
                var (attempt, target, isProbe) = await task.ConfigureAwait(false);
                cts.Dispose();
                if (attempt.Verdict == Verdict.Cancelled && !callerToken.IsCancellationRequested)
                {
                    target.RecordFailure(attempt.Start, attempt.End, isProbe, $"timed out after {Endpoint.Timeout.TotalSeconds:0.###} s");
                }
                else
                {
                    Record(target, isProbe, attempt);
                }

                return attempt;
            }

            static async Task Discard(Task<(Attempt Attempt, SubgraphUrl Url, bool Probe)> task, CancellationTokenSource cts)
            {
                var (attempt, target, isProbe) = await task.ConfigureAwait(false);
                cts.Dispose();
                attempt.Result?.ReleaseBody();
                if (attempt.Verdict != Verdict.Cancelled)
                {
                    Record(target, isProbe, attempt);
                }
                else if (isProbe)
                {
                    target.RecordFailure(attempt.Start, attempt.End, probe: true, "no answer before another URL's (hedged request)");
                }
                else
                {
                    target.ObserveLatency(attempt.Start, attempt.End);
                }
            }
        }

        /// <summary>Whether a query may try again after its <paramref name="counted"/>th counted attempt; waits the backoff first.</summary>
        private async Task<bool> CountAndBackOffAsync(int counted, Attempt failed)
        {
            var options = Endpoint.Resilience;
            if (!IsQuery || counted >= options.MaxAttempts || _overallToken.IsCancellationRequested)
            {
                return false;
            }

            var delay = Backoff(options, counted);
            TransportLog.Retrying(owner._logger, Endpoint.Name, delay, counted, failed.Reason);
            if (delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay, owner._time, _overallToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The failed attempt as the call's result: its response (HTTP 502/503/504) or its failure, with the attempt count when there were several.</summary>
        private SubgraphResult Finish(Attempt attempt)
        {
            callerToken.ThrowIfCancellationRequested();
            var result = attempt.Result!;
            if (_overallToken.IsCancellationRequested && attempt.Kind != SubgraphFailureKind.None)
            {
                return SubgraphResult.Failed(SubgraphFailureKind.Timeout, $"timed out after {Endpoint.Timeout.TotalSeconds:0.###} s" + Suffix());
            }

            return result.Body is null && _sent > 1 ? SubgraphResult.Failed(result.Failure, result.FailureMessage + Suffix()) : result;
        }

        private SubgraphResult Unavailable() => SubgraphResult.Failed(
            SubgraphFailureKind.Unavailable,
            route.Count == 1
                ? $"{Endpoint.Url} is out of the rotation after repeated failures; failing fast"
                : $"every URL of subgraph '{Endpoint.Name}' is out of the rotation after repeated failures; failing fast");

        private string Suffix() => _sent > 1 ? $" (after {_sent} attempts)" : string.Empty;

        /// <summary>Base delay doubled per counted attempt, capped, then a random share between half and all of it.</summary>
        private static TimeSpan Backoff(SubgraphResilienceOptions options, int counted)
        {
            var exponential = options.RetryBaseDelay.Ticks * Math.Pow(2, counted - 1);
            var capped = Math.Min(exponential, options.RetryMaxDelay.Ticks);
            return TimeSpan.FromTicks((long)(capped * (0.5 + (Random.Shared.NextDouble() * 0.5))));
        }
    }
}
