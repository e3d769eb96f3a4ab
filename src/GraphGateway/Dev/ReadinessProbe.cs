using System.Net.Http.Headers;
using System.Text;

namespace GraphGateway.Cli.Dev;

/// <summary>
/// Waits until a GraphQL endpoint answers <c>{ __typename }</c> (POST application/json) with HTTP 200,
/// polling every 250 ms until a deadline, and gives up early when its process exits.
/// </summary>
internal sealed class ReadinessProbe(HttpClient client)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Polls <paramref name="url"/> until it is ready, <paramref name="process"/> exits, <paramref name="deadline"/> passes or cancellation.</summary>
    /// <returns><see langword="null"/> when ready; otherwise why not.</returns>
    public async Task<string?> WaitAsync(Uri url, ChildProcess process, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var attempts = 0;
        string last = "no answer yet";
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                return $"exited with code {process.ExitCode} before {url} answered";
            }

            attempts++;
            var answer = await TryOnceAsync(url, cancellationToken).ConfigureAwait(false);
            if (answer is null)
            {
                return null;
            }

            last = answer;
            if (DateTimeOffset.UtcNow >= deadline)
            {
                return $"{url} did not answer {{ __typename }} with HTTP 200 in time ({attempts} attempts; last: {last})";
            }

            await Task.WhenAny(Task.Delay(Interval, cancellationToken), process.Exited).ConfigureAwait(false);
        }
    }

    private async Task<string?> TryOnceAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent("{\"query\":\"{ __typename }\"}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            return ex.Message;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "request timed out after 5 s";
        }
    }
}
