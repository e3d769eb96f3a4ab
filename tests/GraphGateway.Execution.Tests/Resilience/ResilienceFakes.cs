using GraphGateway.Core.Operations;
using System.Net;
using System.Text;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Tests.Resilience;

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

    /// <summary>"METHOD URL" of every request, in order.</summary>
    public List<string> Requests { get; } = [];

    public IReadOnlyList<string> RequestsSnapshot()
    {
        lock (_gate)
        {
            return Requests.ToArray();
        }
    }

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
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            Hosts.Add(host);
            Bodies.Add(body);
            Requests.Add($"{request.Method} {request.RequestUri}");
        }

        var status = await Respond(host, cancellationToken);
        return new HttpResponseMessage(status)
        {
            Content = new StringContent(status == HttpStatusCode.OK ? OkBody : "upstream failure", Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>A handler reply that fails like a refused connection (the request reached no server), as <see cref="SocketsHttpHandler"/> reports it.</summary>
    public static Task<HttpStatusCode> Refused(string host) =>
        Task.FromException<HttpStatusCode>(new HttpRequestException(HttpRequestError.ConnectionError, $"Connection refused ({host}:80)"));

    /// <summary>A handler reply that fails like a connection reset after the request was sent.</summary>
    public static Task<HttpStatusCode> Reset(string host) =>
        Task.FromException<HttpStatusCode>(new HttpRequestException(HttpRequestError.ResponseEnded, $"Connection reset by {host}"));

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
    /// <summary>Fast test defaults: no backoff, round-robin (a predictable order), passive health with the built-in thresholds.</summary>
    public static SubgraphResilienceOptions Options(int maxAttempts = 3, bool passive = true, SubgraphLoadBalancing balancing = SubgraphLoadBalancing.RoundRobin) => new()
    {
        MaxAttempts = maxAttempts,
        RetryBaseDelay = TimeSpan.Zero,
        RetryMaxDelay = TimeSpan.Zero,
        LoadBalancing = balancing,
        PassiveHealth = new SubgraphPassiveHealthOptions { Enabled = passive },
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

    public static ValueTask<SubgraphResult> Mutation(this HttpSubgraphClient client, CancellationToken cancellationToken = default) =>
        client.SendAsync(new SubgraphRequest("accounts", OperationKind.Mutation, """{"query":"mutation{m}"}"""u8.ToArray(), null, null), cancellationToken);

    /// <summary>Waits (bounded, 10 s) until <paramref name="condition"/> holds, e.g. until a request reached a handler before the test moves its clock.</summary>
    public static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        Assert.True(condition(), "the condition did not hold within 10 s");
    }
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
