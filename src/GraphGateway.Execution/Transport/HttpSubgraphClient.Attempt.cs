using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using GraphGateway.Execution.Transport.Health;

namespace GraphGateway.Execution.Transport;

/// <summary>One attempt: a POST to one URL under the attempt timeout, classified into what the call loop and URL health need.</summary>
public sealed partial class HttpSubgraphClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    // Sent as is, without parsing it into header value objects on every request.
    private const string AcceptValue = "application/graphql-response+json, application/json";

    /// <summary>What an attempt means for retries and URL health.</summary>
    private enum Verdict
    {
        /// <summary>An HTTP answer that is not a failure (any status but 502, 503, 504).</summary>
        Answer,

        /// <summary>A failure (transport error, attempt timeout, HTTP 502/503/504): counts for health, may be retried.</summary>
        Failure,

        /// <summary>Not retried and not held against the URL (response too large, an unexpected exception).</summary>
        Final,

        /// <summary>Cancelled from outside the attempt (the caller, the overall timeout or a won hedge).</summary>
        Cancelled,
    }

    /// <summary>An attempt's result (null only when <see cref="Verdict.Cancelled"/>) and its start and end timestamps.</summary>
    private readonly record struct Attempt(SubgraphResult? Result, Verdict Verdict, long Start, long End)
    {
        public SubgraphFailureKind Kind => Result?.Failure ?? SubgraphFailureKind.None;

        public string Reason => Result is { FailureMessage: { } message } ? message : $"HTTP {Result?.StatusCode}";
    }

    /// <summary>Sends once to <paramref name="url"/>; never throws (cancellation comes back as <see cref="Verdict.Cancelled"/>).</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Attempt> AttemptAsync(SubgraphEndpoint endpoint, SubgraphUrl url, ReadOnlyMemory<byte> body, IReadOnlyDictionary<string, string>? headers, CancellationToken parent)
    {
        var attemptTimeout = url.Options.AttemptTimeout;
        var limited = attemptTimeout < endpoint.Timeout;
        var timeout = _timeouts.Rent(limited ? TimerDelay(attemptTimeout) : Timeout.InfiniteTimeSpan);
        var link = parent.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timeout);
        var start = url.Enter();
        try
        {
            var client = _factory.CreateClient(ClientName(endpoint.Name));
            using var request = new HttpRequestMessage(HttpMethod.Post, url.Url);
            request.Content = new ReadOnlyMemoryContent(body);
            request.Content.Headers.ContentType = JsonContentType;
            request.Headers.TryAddWithoutValidation("Accept", AcceptValue);
            foreach (var name in endpoint.ForwardHeaders)
            {
                if (headers is not null && headers.TryGetValue(name, out var value))
                {
                    request.Headers.TryAddWithoutValidation(name, value);
                }
            }

            // Headers first, then the body straight into a pooled array (released by the executor after the response is written).
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var (array, length) = await ResponseBodyReader.ReadAsync(response.Content, endpoint.MaxResponseBytes, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var result = SubgraphResult.FromPool(array, length, status);
            return new Attempt(result, status is 502 or 503 or 504 ? Verdict.Failure : Verdict.Answer, start, _time.GetTimestamp());
        }
        catch (Exception ex)
        {
            var end = _time.GetTimestamp();
            if (parent.IsCancellationRequested)
            {
                return new Attempt(null, Verdict.Cancelled, start, end);
            }

            return ex switch
            {
                OperationCanceledException when timeout.IsCancellationRequested => Failed(SubgraphFailureKind.Timeout, $"attempt timed out after {attemptTimeout.TotalSeconds:0.###} s"),
                HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError }
                    => Failed(SubgraphFailureKind.NotSent, ex.Message),
                HttpRequestException or IOException => Failed(SubgraphFailureKind.TransportError, ex.Message),
                SubgraphResponseTooLargeException => new Attempt(SubgraphResult.Failed(SubgraphFailureKind.ResponseTooLarge, ex.Message), Verdict.Final, start, end),
                _ => new Attempt(SubgraphResult.Failed(SubgraphFailureKind.TransportError, ex.GetType().Name + ": " + ex.Message), Verdict.Final, start, end),
            };

            Attempt Failed(SubgraphFailureKind kind, string message) => new(SubgraphResult.Failed(kind, message), Verdict.Failure, start, end);
        }
        finally
        {
            url.Exit(start);
            link.Dispose();
            _timeouts.Return(timeout);
        }
    }

    /// <summary>Tells <paramref name="url"/>'s health what the attempt showed.</summary>
    private static void Record(SubgraphUrl url, bool probe, in Attempt attempt)
    {
        switch (attempt.Verdict)
        {
            case Verdict.Answer:
            case Verdict.Final when attempt.Kind == SubgraphFailureKind.ResponseTooLarge:
                url.RecordSuccess(attempt.Start, attempt.End, probe);
                break;
            case Verdict.Failure:
                // Refused or reset connections say nothing about answer times; timeouts and 5xx answers do.
                var timed = attempt.Kind is SubgraphFailureKind.None or SubgraphFailureKind.Timeout;
                url.RecordFailure(attempt.Start, timed ? attempt.End : null, probe, attempt.Reason);
                break;
            default:
                url.RecordNoVerdict(probe);
                break;
        }
    }
}
