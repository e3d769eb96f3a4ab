using GraphGateway.TestSupport;
using System.Net;
using System.Text;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>
/// Many requests in flight at once through <see cref="HttpSubgraphClient"/> (pooled subgraph bodies) and the pooled
/// result tree: each response must equal the one the same operation gets alone over the unpooled fake client, so a
/// node or body returned to its pool while another request still reads it would show up as a wrong response.
/// </summary>
public sealed class ConcurrentPooledExecutionTests
{
    private static readonly (string Query, string Variables)[] Operations =
    [
        ("query ($n: Int) { topProducts(first: $n) { name shippingEstimate inStock } }", """{"n":1}"""),
        ("query ($n: Int) { topProducts(first: $n) { name shippingEstimate inStock } }", """{"n":3}"""),
        ("{ latestReviews { body author { username name } product { name warehouse { name stock } } } }", "{}"),
        ("query ($id: ID!, $n: Int) { user(id: $id) { name } topProducts(first: $n) { name } }", """{"id":"2","n":2}"""),
        ("query ($id: ID!, $n: Int) { user(id: $id) { name } topProducts(first: $n) { upc: name inStock } }", """{"id":"1","n":3}"""),
    ];

    [Fact]
    public async Task Execute_ManyConcurrentRequestsOverPooledBodies_EachResponseEqualsItsSequentialAnswer()
    {
        var expected = new string[Operations.Length];
        var reference = new GatewayHarness();
        for (var i = 0; i < Operations.Length; i++)
        {
            expected[i] = await reference.RunAsync(Operations[i].Query, Operations[i].Variables);
        }

        var handler = new FakeSubgraphHandler(ShopSubgraphs.Create());
        var endpoints = handler.Names.ToDictionary(n => n, n => new SubgraphEndpoint { Name = n, Url = new Uri($"http://{n}.test/graphql") }, StringComparer.Ordinal);
        var executor = new InProcessGateway(ShopSubgraphs.Model, new HttpSubgraphClient(new HandlerClientFactory(handler), endpoints));

        const int Rounds = 6;
        const int InFlight = 40;
        var mismatches = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var tasks = Enumerable.Range(0, InFlight).Select(async k =>
            {
                var which = (k + round) % Operations.Length;
                using var response = await executor.ExecuteAsync(TestOperation.Create(Operations[which].Query, Operations[which].Variables), null, CancellationToken.None);
                var text = Encoding.UTF8.GetString(response.Body.Span);
                return (which, text);
            }).ToArray();
            foreach (var (which, text) in await Task.WhenAll(tasks))
            {
                if (text != expected[which])
                {
                    mismatches.Add($"operation {which}: {text}");
                }
            }
        }

        Assert.Empty(mismatches);
        Assert.True(handler.Answered >= Rounds * InFlight, $"only {handler.Answered} subgraph requests");
        Assert.All(expected, e => Assert.DoesNotContain("\"errors\"", e));
    }

    /// <summary>Answers HTTP requests from the fake subgraphs, alternately with and without Content-Length and after a yield, so requests interleave.</summary>
    private sealed class FakeSubgraphHandler(FakeSubgraphClient subgraphs) : HttpMessageHandler
    {
        private readonly object _gate = new();
        private int _answered;

        public IReadOnlyList<string> Names { get; } = ["accounts", "products", "inventory", "reviews", "warehouses"];

        /// <summary>Subgraph requests answered.</summary>
        public int Answered => Volatile.Read(ref _answered);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var name = request.RequestUri!.Host.Split('.')[0];
            var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
            (int Status, byte[] Body) answer;
            lock (_gate)
            {
                answer = subgraphs[name].HandleAsync(body, cancellationToken).GetAwaiter().GetResult();
            }

            await Task.Yield();
            HttpContent content = Interlocked.Increment(ref _answered) % 2 == 0
                ? new ByteArrayContent(answer.Body)
                : new StreamContent(new MemoryStream(answer.Body));
            if (content is StreamContent)
            {
                content.Headers.ContentLength = null;
            }

            return new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = content, RequestMessage = request };
        }
    }

    private sealed class HandlerClientFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }
}
