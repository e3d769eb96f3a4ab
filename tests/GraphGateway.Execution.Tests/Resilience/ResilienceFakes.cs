using GraphGateway.Core.Operations;
using System.Net;
using System.Text;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Tests.Resilience;

/// <summary>A clock the test moves forward; timers stay real (backoff and attempt timeouts in tests are milliseconds).</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

/// <summary>
/// An in-process subgraph: records every request (URL authority and body) in arrival order and answers with
/// <see cref="Respond"/> (status code, or a thrown exception for a transport failure).
/// </summary>
internal sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Lock _gate = new();

    /// <summary>Answers one request given its host; returns the status (200 answers <see cref="OkBody"/>).</summary>
    public Func<string, CancellationToken, Task<HttpStatusCode>> Respond { get; set; } = static (_, _) => Task.FromResult(HttpStatusCode.OK);

    public string OkBody { get; set; } = """{"data":{"ok":true}}""";

    /// <summary>Hosts that received requests, in order.</summary>
    public List<string> Hosts { get; } = [];

    public List<string> Bodies { get; } = [];

    public IReadOnlyList<string> HostsSnapshot()
    {
        lock (_gate)
        {
            return Hosts.ToArray();
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var host = request.RequestUri!.Host;
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            Hosts.Add(host);
            Bodies.Add(body);
        }

        var status = await Respond(host, cancellationToken);
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(status == HttpStatusCode.OK ? OkBody : "upstream failure", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>A handler reply that fails like a refused connection.</summary>
    public static Task<HttpStatusCode> Refused(string host) => Task.FromException<HttpStatusCode>(new HttpRequestException($"Connection refused ({host}:80)"));

    /// <summary>A reply that never comes until the attempt is cancelled.</summary>
    public static async Task<HttpStatusCode> Hang(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return HttpStatusCode.OK;
    }
}

/// <summary>Builds an <see cref="HttpSubgraphClient"/> for subgraph <c>accounts</c> over a <see cref="ScriptedHandler"/>.</summary>
internal static class ResilientClient
{
    /// <summary>Fast test defaults: no backoff, 10 s overall timeout.</summary>
    public static SubgraphResilienceOptions Options(int maxAttempts = 3, bool breaker = true, SubgraphLoadBalancing balancing = SubgraphLoadBalancing.RoundRobin) => new()
    {
        MaxAttempts = maxAttempts,
        RetryBaseDelay = TimeSpan.Zero,
        RetryMaxDelay = TimeSpan.FromMilliseconds(1),
        CircuitBreakerEnabled = breaker,
        FailureRatio = 0.5,
        MinimumThroughput = 4,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(5),
        LoadBalancing = balancing,
    };

    public static HttpSubgraphClient Create(
        ScriptedHandler handler,
        SubgraphResilienceOptions options,
        TimeProvider? time = null,
        string subgraph = "accounts",
        TimeSpan? timeout = null,
        ILogger? logger = null,
        params string[] hosts)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpSubgraphClient.ClientName(subgraph)).ConfigurePrimaryHttpMessageHandler(() => handler);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var urls = (hosts.Length == 0 ? ["a.test"] : hosts).Select(h => new Uri($"http://{h}/graphql")).ToArray();
        return new HttpSubgraphClient(
            factory,
            new Dictionary<string, SubgraphEndpoint>
            {
                [subgraph] = new()
                {
                    Name = subgraph,
                    Url = urls[0],
                    AdditionalUrls = urls[1..],
                    Timeout = timeout ?? TimeSpan.FromSeconds(10),
                    Resilience = options,
                },
            },
            time,
            logger);
    }

    public static ValueTask<SubgraphResult> Query(this HttpSubgraphClient client, CancellationToken cancellationToken = default) =>
        client.SendAsync(new SubgraphRequest("accounts", OperationKind.Query, """{"query":"{me{id}}"}"""u8.ToArray(), null, null), cancellationToken);

    public static ValueTask<SubgraphResult> Mutation(this HttpSubgraphClient client) =>
        client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, """{"query":"mutation{m}"}"""u8.ToArray(), null, null), CancellationToken.None);
}

/// <summary>Keeps "event id: message" of every log entry.</summary>
internal sealed class ListLogger : ILogger
{
    public List<string> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (Entries)
        {
            Entries.Add($"{eventId.Id}: {formatter(state, exception)}");
        }
    }
}
