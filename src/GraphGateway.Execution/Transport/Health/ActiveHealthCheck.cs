using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphGateway.Execution.Transport.Health;

/// <summary>
/// Periodic health checks of one URL (<see cref="SubgraphActiveHealthOptions"/>): a timer of the injected
/// <see cref="TimeProvider"/> fires every interval (first at once); a check still running when the next is due makes
/// that one skip. Each result goes to <see cref="SubgraphUrl.RecordCheck"/>. Sent through the subgraph's named
/// <see cref="HttpClient"/>, so checks use the same handler (TLS, connection pool) as requests.
/// </summary>
internal sealed class ActiveHealthCheck : IDisposable
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly SubgraphUrl _url;
    private readonly IHttpClientFactory _factory;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ITimer _timer;
    private int _running;

    public ActiveHealthCheck(SubgraphUrl url, SubgraphActiveHealthOptions options, IHttpClientFactory factory, TimeProvider time)
    {
        _url = url;
        Options = options;
        _factory = factory;
        _time = time;
        _timer = time.CreateTimer(static s => ((ActiveHealthCheck)s!).Tick(), this, TimeSpan.Zero, options.Interval);
    }

    /// <summary>The settings this check was started with (a reload with other settings starts a new check).</summary>
    public SubgraphActiveHealthOptions Options { get; }

    public void Dispose()
    {
        _timer.Dispose();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private void Tick()
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return;
        }

        _ = RunAsync();
    }

    private async Task RunAsync()
    {
        string? failure;
        CancellationToken stopping;
        try
        {
            stopping = _stopping.Token;
            failure = await CheckAsync(stopping).ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
            return;
        }
        finally
        {
            // Free before the result is recorded, so the next tick after a recorded result always runs.
            Volatile.Write(ref _running, 0);
        }

        if (!stopping.IsCancellationRequested)
        {
            if (failure is not null)
            {
                TransportLog.CheckFailed(_url.Logger, _url.Subgraph, _url.Url, failure);
            }

            _url.RecordCheck(failure is null, failure);
        }
    }

    /// <summary>Runs one check; null when it passed, else what failed.</summary>
    private async Task<string?> CheckAsync(CancellationToken stopping)
    {
        using var timeout = new CancellationTokenSource(Options.Timeout, _time);
        using var link = stopping.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), timeout);
        try
        {
            var client = _factory.CreateClient(HttpSubgraphClient.ClientName(_url.Subgraph));
            using var request = Options.Path is { } path
                ? new HttpRequestMessage(HttpMethod.Get, new Uri(_url.Url, path))
                : new HttpRequestMessage(HttpMethod.Post, _url.Url) { Content = GraphQLBody(Options.Query) };
            request.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json, application/json");
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return $"HTTP {(int)response.StatusCode}";
            }

            if (Options.Path is not null)
            {
                return null;
            }

            var (array, length) = await ResponseBodyReader.ReadAsync(response.Content, MaxBodyBytes, timeout.Token).ConfigureAwait(false);
            try
            {
                return GraphQLFailure(array.AsSpan(0, length));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(array);
            }
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return $"no answer within {Options.Timeout.TotalSeconds:0.###} s";
        }
        catch (OperationCanceledException)
        {
            return "stopped";
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or SubgraphResponseTooLargeException or InvalidOperationException)
        {
            return ex.Message;
        }
    }

    private static ByteArrayContent GraphQLBody(string query)
    {
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["query"] = query }));
        content.Headers.ContentType = JsonContentType;
        return content;
    }

    /// <summary>Null when <paramref name="body"/> is a GraphQL response with <c>data</c> (not null) and no <c>errors</c>.</summary>
    private static string? GraphQLFailure(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
            {
                return "the response has no data";
            }

            if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0].TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                return "the response has errors" + (first is null ? string.Empty : ": " + first);
            }

            return null;
        }
        catch (JsonException)
        {
            return "the response is not JSON: " + Encoding.UTF8.GetString(body[..Math.Min(body.Length, 80)]);
        }
    }
}
