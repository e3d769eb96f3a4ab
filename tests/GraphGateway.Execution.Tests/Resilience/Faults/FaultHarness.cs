using System.Collections.Concurrent;
using System.Net;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Tests.Resilience.Faults;

/// <summary>
/// Several real instances of one subgraph (<see cref="LoopbackSubgraph"/>), each behind its <see cref="FaultProxy"/>, and
/// an <see cref="HttpSubgraphClient"/> for subgraph <c>accounts</c> over the proxies' URLs with a real
/// <see cref="SocketsHttpHandler"/>. <see cref="Attempts"/> counts what the client sent to each proxy port.
/// </summary>
internal sealed class FaultHarness : IAsyncDisposable
{
    private readonly List<IDisposable> _clients = [];

    private FaultHarness(LoopbackSubgraph[] instances, FaultProxy[] proxies)
    {
        Instances = instances;
        Proxies = proxies;
    }

    public LoopbackSubgraph[] Instances { get; }

    public FaultProxy[] Proxies { get; }

    /// <summary>Attempts sent per proxy port (whatever their outcome).</summary>
    public ConcurrentDictionary<int, int> Attempts { get; } = new();

    /// <summary>(port, <c>x-request</c> header) of every attempt, in the order sent.</summary>
    public ConcurrentQueue<(int Port, string Request)> Sent { get; } = new();

    public static async Task<FaultHarness> StartAsync(int count)
    {
        var instances = new LoopbackSubgraph[count];
        for (var i = 0; i < count; i++)
        {
            instances[i] = await LoopbackSubgraph.StartAsync();
        }

        // Warm each server (JIT, first connection) so no cold-start answer makes the balancer avoid one instance or
        // exceeds a test's short attempt timeout.
        using var warm = new HttpClient();
        foreach (var instance in instances)
        {
            for (var i = 0; i < 20; i++)
            {
                using var content = new StringContent("""{"query":"{me{name}}"}""");
                using var response = await warm.PostAsync(new Uri($"http://127.0.0.1:{instance.Port}/graphql"), content);
            }

            instance.ResetCounts();
        }

        return new FaultHarness(instances, instances.Select(i => FaultProxy.Start(i.Port)).ToArray());
    }

    /// <summary>A client over every proxy's URL (and <paramref name="extraUrls"/>), in that order.</summary>
    public HttpSubgraphClient Client(SubgraphResilienceOptions options, TimeProvider? time = null, ILogger? logger = null, TimeSpan? timeout = null, params Uri[] extraUrls)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpSubgraphClient.ClientName("accounts"))
            .ConfigurePrimaryHttpMessageHandler(() => new CountingHandler(Attempts, Sent) { InnerHandler = new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) } });
        var provider = services.BuildServiceProvider();
        _clients.Add(provider);
        var urls = Proxies.Select(p => p.Url).Concat(extraUrls).ToArray();
        var client = new HttpSubgraphClient(
            provider.GetRequiredService<IHttpClientFactory>(),
            new Dictionary<string, SubgraphEndpoint>
            {
                ["accounts"] = new() { Name = "accounts", Url = urls[0], AdditionalUrls = urls[1..], Timeout = timeout ?? TimeSpan.FromSeconds(30), Resilience = options, ForwardHeaders = ["x-request"] },
            },
            time,
            logger);
        _clients.Add(client);
        return client;
    }

    public int AttemptsTo(FaultProxy proxy) => Attempts.GetValueOrDefault(proxy.Port);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var proxy in Proxies)
        {
            await proxy.DisposeAsync();
        }

        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }
    }

    private sealed class CountingHandler(ConcurrentDictionary<int, int> attempts, ConcurrentQueue<(int, string)> sent) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            attempts.AddOrUpdate(request.RequestUri!.Port, 1, static (_, n) => n + 1);
            sent.Enqueue((request.RequestUri.Port, request.Headers.TryGetValues("x-request", out var id) ? id.Single() : string.Empty));
            return base.SendAsync(request, cancellationToken);
        }
    }
}

/// <summary>Outcome of one request in a load run.</summary>
internal sealed record LoadOutcome(int Index, bool Mutation, int Status, SubgraphFailureKind Failure, string? Message, string? Body);

/// <summary>A bounded closed-loop load: <c>workers</c> concurrent senders share <c>total</c> requests.</summary>
internal static class Load
{
    /// <summary>
    /// Sends <paramref name="total"/> requests over <paramref name="workers"/> concurrent loops; request i is a mutation when
    /// <paramref name="isMutation"/> says so. <paramref name="beforeRequest"/> runs before request i is sent (inject a fault there).
    /// </summary>
    public static async Task<LoadOutcome[]> RunAsync(HttpSubgraphClient client, int workers, int total, Func<int, bool> isMutation, Func<int, Task>? beforeRequest = null)
    {
        var outcomes = new LoadOutcome[total];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                if (beforeRequest is not null)
                {
                    await beforeRequest(i);
                }

                var mutation = isMutation(i);
                var context = new GatewayRequestContext(null, CancellationToken.None) { Headers = new Dictionary<string, string> { ["x-request"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture) } };
                var result = await client.SendAsync(
                    new SubgraphRequest(
                        "accounts",
                        mutation ? OperationKind.Mutation : OperationKind.Query,
                        mutation ? """{"query":"mutation{updateName(id:\"1\",name:\"X\"){name}}"}"""u8.ToArray() : """{"query":"{me{name}}"}"""u8.ToArray(),
                        null,
                        context),
                    CancellationToken.None);
                outcomes[i] = new LoadOutcome(
                    i,
                    mutation,
                    result.StatusCode,
                    result.Failure,
                    result.FailureMessage,
                    result.Body is { } body ? System.Text.Encoding.UTF8.GetString(body.Span) : null);
                result.ReleaseBody();
            }
        })));
        return outcomes;
    }

    /// <summary>True when the outcome is the subgraph's answer to what was asked.</summary>
    public static bool Answered(LoadOutcome o) => o.Status == (int)HttpStatusCode.OK && o.Body == (o.Mutation ? LoopbackSubgraph.MutationAnswer : LoopbackSubgraph.MeAnswer);
}
