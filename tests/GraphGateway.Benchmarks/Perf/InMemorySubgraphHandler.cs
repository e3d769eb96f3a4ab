using System.Net;
using System.Net.Http.Headers;
using GraphGateway.Execution;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// An in-memory HTTP handler for the bench subgraphs: while recording it asks an <see cref="ISubgraphClient"/> fake for
/// the answer to each request body and remembers it by (URL, body length); afterwards it replays those answers without
/// looking at the body, so the benchmark measures the gateway's HTTP client path (request message, forwarded headers,
/// reading the response) and not the fake. Recording fails when two different bodies share a (URL, length).
/// </summary>
internal sealed class InMemorySubgraphHandler(ISubgraphClient recorder, IReadOnlyDictionary<string, string> subgraphByHost) : HttpMessageHandler
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private readonly Dictionary<(string, long), (byte[] Body, byte[] Answer)> _answers = [];

    /// <summary>True while answers are computed and recorded; false to replay only.</summary>
    public bool Recording { get; set; } = true;

    /// <summary>The recorded answers, one per distinct request.</summary>
    public IReadOnlyList<byte[]> Answers => [.. _answers.Values.Select(a => a.Answer)];

    /// <summary>Requests seen.</summary>
    public int Requests { get; private set; }

    /// <summary>Requests that carried an <c>authorization</c> header.</summary>
    public int WithAuthorization { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        if (request.Headers.Contains("authorization"))
        {
            WithAuthorization++;
        }

        var url = request.RequestUri!.AbsoluteUri;
        var length = request.Content!.Headers.ContentLength ?? -1;
        if (Recording)
        {
            var body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
            var answer = await recorder.SendAsync(new SubgraphRequest(subgraphByHost[request.RequestUri.Host], Core.Operations.OperationKind.Query, body, null, null), cancellationToken);
            if (_answers.TryGetValue((url, body.Length), out var seen) && !seen.Body.AsSpan().SequenceEqual(body))
            {
                throw new InvalidOperationException($"Two different request bodies of {body.Length} bytes to {url}: cannot replay by length.");
            }

            _answers[(url, body.Length)] = (body, answer.Body!.Value.ToArray());
        }

        var content = new ByteArrayContent(_answers[(url, length)].Answer);
        content.Headers.ContentType = Json;
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }
}

/// <summary>An <see cref="IHttpClientFactory"/> whose clients all share one handler (not disposed with the client).</summary>
internal sealed class SharedHandlerClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
}

/// <summary>The gateway executor over the bench subgraphs in memory, as the cached-request and HTTP benchmarks use it.</summary>
internal static class InMemoryBenchGateway
{
    /// <summary>
    /// An executor whose <see cref="HttpSubgraphClient"/> reaches each subgraph of <paramref name="plan"/> at
    /// <c>http://&lt;name&gt;.bench/graphql</c> through one <see cref="InMemorySubgraphHandler"/> answering from
    /// <paramref name="expectedData"/>, forwarding the client's <c>authorization</c> header.
    /// </summary>
    public static (TestSupport.InProcessGateway Executor, InMemorySubgraphHandler Handler) Create(
        Core.Supergraph.SupergraphModel model, Planning.Plans.QueryPlan plan, System.Text.Json.Nodes.JsonObject expectedData)
    {
        var canned = new Runtime.CannedBenchSubgraphs(model.ApiSchema, expectedData, plan);
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        var endpoints = new Dictionary<string, SubgraphEndpoint>(StringComparer.Ordinal);
        foreach (var name in plan.Fetches.Select(f => f.Subgraph).Distinct())
        {
            hosts[name + ".bench"] = name;
            endpoints[name] = new SubgraphEndpoint { Name = name, Url = new Uri($"http://{name}.bench/graphql"), ForwardHeaders = ["authorization"] };
        }

        var handler = new InMemorySubgraphHandler(canned, hosts);
        return (new TestSupport.InProcessGateway(model, new HttpSubgraphClient(new SharedHandlerClientFactory(handler), endpoints)), handler);
    }
}
