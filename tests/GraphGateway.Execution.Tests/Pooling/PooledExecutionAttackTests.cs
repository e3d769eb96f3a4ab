using GraphGateway.TestSupport;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>
/// Attacks on the executor's reuse of memory across requests (pooled result arenas, pooled subgraph bodies, pooled
/// entity targets): cancellation in the middle of a body, a failing fetch while a sibling still reads, and requests
/// that leave state on pooled nodes (failed keys, entity error paths) followed by requests of other shapes. Every
/// answer must equal the one the same operation gets from the unpooled fake client in the same subgraph state.
/// </summary>
public sealed class PooledExecutionAttackTests
{
    private static readonly (string Query, string Variables)[] Operations =
    [
        ("query ($n: Int) { topProducts(first: $n) { name shippingEstimate inStock } }", """{"n":3}"""),
        ("{ latestReviews { body author { username name } product { name warehouse { name stock } } } }", "{}"),
        ("{ __typename }", "{}"),
        ("query ($id: ID!, $n: Int) { user(id: $id) { name } topProducts(first: $n) { upc: name inStock } }", """{"id":"1","n":2}"""),
    ];

    [Fact]
    public async Task Execute_RequestsCancelledMidBodyAmongOthers_OthersAnswerExactlyAndCancelledThrow()
    {
        var expected = await ReferenceAnswersAsync(Operations, _ => { });
        var handler = new PooledHandler(ShopSubgraphs.Create());
        var executor = handler.Executor();

        const int Rounds = 4;
        const int InFlight = 30;
        var mismatches = new ConcurrentBag<string>();
        var cancelledThrew = 0;
        var cancelledAnswered = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var tasks = Enumerable.Range(0, InFlight).Select(async k =>
            {
                var which = (k + round) % Operations.Length;
                var id = $"{round}-{k}";
                using var cts = new CancellationTokenSource();

                // Every third request is cancelled while its first subgraph body is half read.
                var cancel = k % 3 == 0;
                if (cancel)
                {
                    handler.CancelDuringBody[id] = cts;
                }

                var context = new RequestOptions { Headers = new Dictionary<string, string> { ["x-req"] = id } };
                try
                {
                    using var response = await executor.ExecuteAsync(TestOperation.Create(Operations[which].Query, Operations[which].Variables), context, cts.Token);
                    var text = Encoding.UTF8.GetString(response.Body.Span);
                    if (cancel)
                    {
                        // Only an operation without fetches ({ __typename }) finishes without reading a body.
                        Interlocked.Increment(ref cancelledAnswered);
                    }

                    if (text != expected[which])
                    {
                        mismatches.Add($"operation {which} ({id}): {text}");
                    }
                }
                catch (OperationCanceledException) when (cancel)
                {
                    Interlocked.Increment(ref cancelledThrew);
                }
            }).ToArray();
            await Task.WhenAll(tasks);
        }

        Assert.Empty(mismatches);

        // 10 cancelled per round; those running { __typename } (no fetch, so no body to cancel in) answer normally.
        var typenameCancelled = Enumerable.Range(0, Rounds).Sum(r => Enumerable.Range(0, InFlight).Count(k => k % 3 == 0 && (k + r) % Operations.Length == 2));
        Assert.Equal(typenameCancelled, cancelledAnswered);
        Assert.Equal((Rounds * 10) - typenameCancelled, cancelledThrew);
    }

    [Fact]
    public async Task Execute_AlternatingHealthyFailedAndErroringEntityFetches_EachAnswerEqualsItsReference()
    {
        (string Query, string Variables)[] operations =
        [
            ("query ($n: Int) { topProducts(first: $n) { name inStock shippingEstimate } }", """{"n":5}"""),
            ("query ($n: Int) { topProducts(first: $n) { name inStock shippingEstimate } }", """{"n":2}"""),
        ];
        var modes = new Action<FakeSubgraph>[]
        {
            inventory => { inventory.Override = null; inventory.FieldErrors.Clear(); },
            inventory => { inventory.Override = _ => (200, """{"data":null,"errors":[{"message":"inventory down"}]}"""); inventory.FieldErrors.Clear(); },
            inventory => { inventory.Override = null; inventory.FieldErrors["Product.inStock"] = ("stock unknown", null); },
        };
        var expected = new string[modes.Length][];
        for (var m = 0; m < modes.Length; m++)
        {
            expected[m] = await ReferenceAnswersAsync(operations, modes[m]);
        }

        // The attack only means something if the modes answer differently: failed keys, and rewritten entity error paths.
        Assert.Contains("inventory down", expected[1][0]);
        Assert.Contains("\"path\":[\"topProducts\",2,\"inStock\"]", expected[2][0]);
        Assert.DoesNotContain("\"path\":[\"topProducts\",2,", expected[2][1]);
        Assert.DoesNotContain("\"errors\"", expected[0][0]);

        var subgraphs = ShopSubgraphs.Create();
        var executor = new PooledHandler(subgraphs).Executor();
        int[] sequence = [0, 1, 0, 2, 0, 1, 2, 1, 0, 2, 2, 0];
        var mismatches = new List<string>();
        for (var i = 0; i < sequence.Length; i++)
        {
            var mode = sequence[i];
            var which = i % operations.Length;
            modes[mode](subgraphs["inventory"]);
            using var response = await executor.ExecuteAsync(TestOperation.Create(operations[which].Query, operations[which].Variables), null, CancellationToken.None);
            var text = Encoding.UTF8.GetString(response.Body.Span);
            if (text != expected[mode][which])
            {
                mismatches.Add($"step {i} mode {mode} operation {which}: {text}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public async Task Execute_ConditionalFetchesAndSequencedMutationsInterleaved_EachAnswerEqualsItsReference()
    {
        // Condition nodes skip a fetch on some requests (its arena and body slot stay empty); root mutations run one
        // after another in a sequence. Both share pooled arena sets with the other shapes, in this fixed order.
        (string Query, string Variables)[] operations =
        [
            ("query ($w: Boolean!) { topProducts(first: 3) { name inStock @include(if: $w) shippingEstimate @include(if: $w) } }", """{"w":true}"""),
            ("query ($w: Boolean!) { topProducts(first: 3) { name inStock @include(if: $w) shippingEstimate @include(if: $w) } }", """{"w":false}"""),
            ("query ($s: Boolean!) { user(id: \"1\") { name } topProducts(first: 2) @skip(if: $s) { name inStock } }", """{"s":true}"""),
            ("""mutation { a: updateName(id: "1", name: "A1") { name } p: createProduct(upc: "9", name: "Nine") { name } b: updateName(id: "1", name: "B1") { name } }""", "{}"),
            ("query ($s: Boolean!) { user(id: \"1\") { name } topProducts(first: 2) @skip(if: $s) { name inStock } }", """{"s":false}"""),
        ];
        int[] order = [0, 1, 1, 0, 2, 3, 4, 1, 0, 2, 4, 3, 0];
        var reference = new GatewayHarness();
        var expected = new List<string>();
        foreach (var which in order)
        {
            expected.Add(await reference.RunAsync(operations[which].Query, operations[which].Variables));
        }

        Assert.Contains("\"inStock\"", expected[0]);
        Assert.DoesNotContain("\"inStock\"", expected[1]);
        Assert.Contains("\"b\":{\"name\":\"B1\"}", expected[5]);
        var executor = new PooledHandler(ShopSubgraphs.Create()).Executor();

        var actual = new List<string>();
        foreach (var which in order)
        {
            using var response = await executor.ExecuteAsync(TestOperation.Create(operations[which].Query, operations[which].Variables), null, CancellationToken.None);
            actual.Add(Encoding.UTF8.GetString(response.Body.Span));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Execute_ParallelFetchThrowsWhileSiblingStillReads_CompletesOnlyAfterSibling()
    {
        var client = new GatedClient();
        var executor = new InProcessGateway(ShopSubgraphs.Model, client);

        var execution = executor.ExecuteAsync(TestOperation.Create("""{ user(id: "1") { name } topProducts(first: 1) { name } }"""), null, CancellationToken.None).AsTask();
        await client.AccountsFailed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The accounts fetch has thrown; the products fetch still holds its body. Nothing may be released before it is done.
        Assert.False(execution.IsCompleted);
        client.ProductsGate.SetResult();
        using var response = await execution.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(
            """{"errors":[{"message":"The gateway failed to execute the operation (InvalidOperationException).","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""",
            Encoding.UTF8.GetString(response.Body.Span));
        Assert.True(client.ProductsFinished);
    }

    private static async Task<string[]> ReferenceAnswersAsync((string Query, string Variables)[] operations, Action<FakeSubgraph> inventoryMode)
    {
        var reference = new GatewayHarness();
        inventoryMode(reference.Subgraphs["inventory"]);
        var answers = new string[operations.Length];
        for (var i = 0; i < operations.Length; i++)
        {
            answers[i] = await reference.RunAsync(operations[i].Query, operations[i].Variables);
        }

        return answers;
    }

    /// <summary>
    /// Serves the fake subgraphs over <see cref="HttpSubgraphClient"/> (bodies read into pooled arrays), without
    /// Content-Length and a few bytes per read; a request whose <c>x-req</c> header is in <see cref="CancelDuringBody"/>
    /// has its token cancelled in the middle of its first body.
    /// </summary>
    private sealed class PooledHandler(FakeSubgraphClient subgraphs) : HttpMessageHandler
    {
        private readonly object _gate = new();

        public ConcurrentDictionary<string, CancellationTokenSource> CancelDuringBody { get; } = new(StringComparer.Ordinal);

        public InProcessGateway Executor()
        {
            string[] names = ["accounts", "products", "inventory", "reviews", "warehouses"];
            var endpoints = names.ToDictionary(
                n => n,
                n => new SubgraphEndpoint { Name = n, Url = new Uri($"http://{n}.test/graphql"), ForwardHeaders = ["x-req"] },
                StringComparer.Ordinal);
            return new InProcessGateway(ShopSubgraphs.Model, new HttpSubgraphClient(new Factory(this), endpoints));
        }

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
            var id = request.Headers.TryGetValues("x-req", out var values) ? values.Single() : string.Empty;
            var cancel = CancelDuringBody.TryRemove(id, out var cts) ? cts : null;
            var content = new StreamContent(new SlowStream(answer.Body, cancel));
            content.Headers.ContentLength = null;
            return new HttpResponseMessage((HttpStatusCode)answer.Status) { Content = content, RequestMessage = request };
        }
    }

    /// <summary>Hands out at most 64 bytes per read; when given a source, cancels it after the first read and then honours the token.</summary>
    private sealed class SlowStream(byte[] data, CancellationTokenSource? cancel) : MemoryStream(data)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var n = await base.ReadAsync(buffer[..Math.Min(buffer.Length, 64)], cancellationToken);
            if (cancel is not null)
            {
                await cancel.CancelAsync();
            }

            return n;
        }
    }

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>accounts throws once products has started; products answers (from a pooled array) only when <see cref="ProductsGate"/> opens.</summary>
    private sealed class GatedClient : ISubgraphClient
    {
        private readonly TaskCompletionSource _productsStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource AccountsFailed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ProductsGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool ProductsFinished { get; private set; }

        public async ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
        {
            if (request.Subgraph == "accounts")
            {
                await _productsStarted.Task;
                AccountsFailed.SetResult();
                throw new InvalidOperationException("accounts client bug");
            }

            _productsStarted.SetResult();
            await ProductsGate.Task;
            var json = """{"data":{"topProducts":[{"name":"Table"}]}}"""u8;
            var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(json.Length);
            json.CopyTo(rented);
            ProductsFinished = true;
            return SubgraphResult.FromPool(rented, json.Length, 200);
        }
    }
}
