using GraphGateway.Core.Operations;
using System.Buffers;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>
/// Subgraph bodies that do not match what their headers claim, read into pooled arrays: a <c>Content-Length</c> far
/// above the body, below it, bodies past the initial size, gzip, and the same over a real loopback socket.
/// </summary>
public sealed class SubgraphBodyEdgeCaseTests
{
    [Fact]
    public async Task ReadAsync_ContentLengthFarAboveBody_RentsNoMoreThanMaxInitialBytes()
    {
        var bytes = """{"data":{"ok":true}}"""u8.ToArray();
        HttpContent content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentLength = 64L * 1024 * 1024;

        var (array, length) = await ResponseBodyReader.ReadAsync(content, SubgraphEndpoint.DefaultMaxResponseBytes, CancellationToken.None);

        // Before the fix the reader rented Content-Length + 1 bytes up front: a 128 MB array for this 20-byte body.
        Assert.Equal(bytes.Length, length);
        Assert.True(array.Length <= ResponseBodyReader.MaxInitialBytes, $"rented {array.Length} bytes for a {length}-byte body");
        Assert.True(array.AsSpan(0, length).SequenceEqual(bytes));
        ArrayPool<byte>.Shared.Return(array);
    }

    [Fact]
    public async Task ReadAsync_DeclaredAndActualLengthAboveMaxInitialBytes_ReturnsEveryByte()
    {
        var size = (3 * ResponseBodyReader.MaxInitialBytes) + 17;
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 31)).ToArray();
        HttpContent content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentLength = size;

        var (array, length) = await ResponseBodyReader.ReadAsync(content, SubgraphEndpoint.DefaultMaxResponseBytes, CancellationToken.None);

        Assert.Equal(size, length);
        Assert.True(array.AsSpan(0, length).SequenceEqual(bytes));
        ArrayPool<byte>.Shared.Return(array);
    }

    [Fact]
    public async Task ReadAsync_BodyLongerThanContentLength_ReturnsEveryByteTheStreamGives()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        HttpContent content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentLength = 10;

        var (array, length) = await ResponseBodyReader.ReadAsync(content, SubgraphEndpoint.DefaultMaxResponseBytes, CancellationToken.None);

        Assert.Equal(5000, length);
        Assert.True(array.AsSpan(0, length).SequenceEqual(bytes));
        ArrayPool<byte>.Shared.Return(array);
    }

    [Fact]
    public async Task SendAsync_GzipBodyLargerThanOneMegabyteOverLoopback_ReturnsDecompressedBody()
    {
        var json = "{\"data\":{\"s\":\"" + new string('a', 1_500_000) + "\"}}";
        var compressed = Gzip(Encoding.UTF8.GetBytes(json));
        await using var server = LoopbackServer.Start(Response(200, compressed, "Content-Encoding: gzip\r\nContent-Length: " + compressed.Length + "\r\n"));

        var result = await Client(server.Url).SendAsync(new SubgraphRequest("a", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal(SubgraphFailureKind.None, result.Failure);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(json.Length, result.Body!.Value.Length);
        Assert.Equal(json, Encoding.UTF8.GetString(result.Body.Value.Span));
        result.ReleaseBody();
    }

    [Fact]
    public async Task SendAsync_ContentLengthLongerThanBodyThenClose_ReturnsFailureWithoutBody()
    {
        var body = """{"data":{"ok":true}}"""u8.ToArray();
        await using var server = LoopbackServer.Start(Response(200, body, "Content-Length: 5000\r\n"));

        var result = await Client(server.Url).SendAsync(new SubgraphRequest("a", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Null(result.Body);
        Assert.Equal(0, result.StatusCode);
        Assert.Equal(SubgraphFailureKind.TransportError, result.Failure);
    }

    [Fact]
    public async Task SendAsync_ContentLengthShorterThanBody_ReturnsOnlyTheDeclaredBytes()
    {
        var body = """{"data":{"ok":true}}trailing garbage"""u8.ToArray();
        await using var server = LoopbackServer.Start(Response(200, body, "Content-Length: 20\r\n"));

        var result = await Client(server.Url).SendAsync(new SubgraphRequest("a", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"data":{"ok":true}}""", Encoding.UTF8.GetString(result.Body!.Value.Span));
        result.ReleaseBody();
    }

    [Fact]
    public async Task SendAsync_EmptyBodyWithoutContentLength_ReturnsEmptyBody()
    {
        await using var server = LoopbackServer.Start(Response(200, [], "Connection: close\r\n"));

        var result = await Client(server.Url).SendAsync(new SubgraphRequest("a", OperationKind.Mutation, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal(0, result.Body!.Value.Length);
        result.ReleaseBody();
    }

    [Fact]
    public async Task SendAsync_ConcurrentQueriesRetriedAfter503WithBodies_EachGetsItsOwnLastBody()
    {
        // Every request gets 503 with a body first, then 200; the discarded 503 bodies (pooled arrays) must not end up
        // under another request's answer.
        var handler = new RetryOnceHandler();
        var client = new HttpSubgraphClient(new HandlerFactory(handler), new Dictionary<string, SubgraphEndpoint>
        {
            ["a"] = new()
            {
                Name = "a",
                Url = new Uri("http://a.test/graphql"),
                Resilience = new SubgraphResilienceOptions { MaxAttempts = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1), PassiveHealth = new SubgraphPassiveHealthOptions { Enabled = false } },
            },
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(async i =>
        {
            var result = await client.SendAsync(new SubgraphRequest("a", OperationKind.Query, Encoding.UTF8.GetBytes("{\"id\":" + i + "}"), null, null), CancellationToken.None);
            var text = Encoding.UTF8.GetString(result.Body!.Value.Span);
            result.ReleaseBody();
            return (i, result.StatusCode, text);
        }));

        foreach (var (i, status, text) in results)
        {
            Assert.Equal(200, status);
            Assert.Equal("{\"data\":{\"request\":" + i + ",\"attempt\":2," + new string(' ', i * 100) + "\"end\":true}}", text);
        }
    }

    [Theory]
    [InlineData("""{"data":{"product":{"name":"Table","\ud800":1}}}""")]
    [InlineData("""{"data":{"product":{"__typename":"\udc00x","name":"Table"}}}""")]
    [InlineData("""{"data":null,"errors":[{"message":"bad \ud800 message"}]}""")]
    [InlineData("""{"data":{"product":null},"errors":[{"message":"m","extensions":{"detail":["\ud800"]}}]}""")]
    [InlineData("""{"data":{"product":null},"errors":[{"message":"m","extensions":{"x":{"\udfff":1}}}]}""")]
    public async Task Execute_SubgraphBodyWithUnpairedSurrogateEscape_FailsOnlyThatFetch(string productsBody)
    {
        var gateway = new GatewayHarness();
        gateway.Subgraphs["products"].Override = _ => (200, productsBody);

        var response = await gateway.RunAsync("""{ user(id: "1") { name } product(upc: "1") { name } }""");

        // Before the fix the reader's InvalidOperationException escaped the parser and failed the whole request
        // ("The gateway failed to execute the operation"), taking the accounts data down with it.
        Assert.Equal(
            """{"data":{"user":{"name":"Ada"},"product":null},"errors":[{"message":"Subgraph 'products' returned a response that is not a GraphQL response (HTTP 200).","extensions":{"code":"SUBGRAPH_INVALID_RESPONSE","serviceName":"products"}}]}""",
            response);
    }

    [Fact]
    public async Task Execute_EnumValueWithUnpairedSurrogateEscape_NullsOnlyThatField()
    {
        var gateway = new GatewayHarness();
        gateway.Subgraphs["products"].Override = _ => (200, """{"data":{"product":{"name":"Table","category":"\ud800"}}}""");

        var response = await gateway.RunAsync("""{ user(id: "1") { name } product(upc: "1") { name category } }""");

        // Before the fix reading the enum value threw out of the response writer and failed the whole request.
        Assert.Equal(
            """{"data":{"user":{"name":"Ada"},"product":{"name":"Table","category":null}},"errors":[{"message":"A subgraph returned an invalid value: expected Category for field Product.category.","path":["product","category"],"extensions":{"code":"SUBGRAPH_INVALID_RESPONSE"}}]}""",
            response);
    }

    [Fact]
    public void ReleaseBody_CalledTwice_ArrayReturnedToPoolOnce()
    {
        var rented = ArrayPool<byte>.Shared.Rent(3001);
        var result = SubgraphResult.FromPool(rented, 10, 200);

        result.ReleaseBody();
        result.ReleaseBody();
        var first = ArrayPool<byte>.Shared.Rent(3001);
        var second = ArrayPool<byte>.Shared.Rent(3001);

        // Returned twice, the pool would hand the same array to both renters (two requests writing one buffer).
        Assert.NotSame(first, second);
        ArrayPool<byte>.Shared.Return(first);
        ArrayPool<byte>.Shared.Return(second);
    }

    [Fact]
    public void Dispose_ResponseBodyDisposedTwice_ArrayReturnedToPoolOnce()
    {
        var rented = ArrayPool<byte>.Shared.Rent(3001);
        var body = new GraphGateway.Execution.Pipeline.ResponseBody(rented, 10);

        body.Dispose();
        body.Dispose();
        var first = ArrayPool<byte>.Shared.Rent(3001);
        var second = ArrayPool<byte>.Shared.Rent(3001);

        Assert.NotSame(first, second);
        Assert.Equal(0, body.Memory.Length);
        ArrayPool<byte>.Shared.Return(first);
        ArrayPool<byte>.Shared.Return(second);
    }

    private static byte[] Response(int status, byte[] body, string headers)
    {
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 {status} OK\r\nContent-Type: application/json\r\n{headers}\r\n");
        return [.. head, .. body];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    /// <summary>An <see cref="HttpSubgraphClient"/> for subgraph <c>a</c> at <paramref name="url"/> over the gateway's socket handler settings.</summary>
    private static HttpSubgraphClient Client(Uri url) =>
        new(new SocketsFactory(), new Dictionary<string, SubgraphEndpoint>
        {
            ["a"] = new() { Name = "a", Url = url, Timeout = TimeSpan.FromSeconds(20) },
        });

    /// <summary>Answers the first attempt of each request (by its <c>id</c>) with 503 and a body, later attempts with 200, bodies of varied lengths.</summary>
    private sealed class RetryOnceHandler : HttpMessageHandler
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _attempts = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var id = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("id").GetInt32();
            var attempt = _attempts.AddOrUpdate(id, 1, (_, n) => n + 1);
            await Task.Yield();
            var json = attempt == 1
                ? "{\"errors\":[{\"message\":\"busy " + id + "\"}]," + new string('x', 5000) + "\"end\":true}"
                : "{\"data\":{\"request\":" + id + ",\"attempt\":" + attempt + "," + new string(' ', id * 100) + "\"end\":true}}";
            var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
            content.Headers.ContentLength = id % 2 == 0 ? null : Encoding.UTF8.GetByteCount(json);
            return new HttpResponseMessage(attempt == 1 ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK) { Content = content };
        }
    }

    private sealed class HandlerFactory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private sealed class SocketsFactory : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Accepts one connection on 127.0.0.1, reads the request (headers and Content-Length body), writes <c>response</c> as is and closes.</summary>
    private sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;
        private readonly Task _serving;

        private LoopbackServer(byte[] response)
        {
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            Url = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/graphql");
            _serving = ServeAsync(response);
        }

        public Uri Url { get; }

        public static LoopbackServer Start(byte[] response) => new(response);

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            try
            {
                await _serving.WaitAsync(TimeSpan.FromSeconds(10));
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or IOException)
            {
            }
        }

        private async Task ServeAsync(byte[] response)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            using var socket = await _listener.AcceptSocketAsync(timeout.Token);
            var received = new List<byte>();
            var buffer = new byte[4096];
            int headerEnd;
            while ((headerEnd = IndexOfHeaderEnd(received)) < 0)
            {
                var n = await socket.ReceiveAsync(buffer, timeout.Token);
                if (n == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, n));
            }

            var head = Encoding.ASCII.GetString(received.ToArray(), 0, headerEnd);
            var line = head.Split("\r\n").First(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
            var bodyLength = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            while (received.Count < headerEnd + 4 + bodyLength)
            {
                var n = await socket.ReceiveAsync(buffer, timeout.Token);
                if (n == 0)
                {
                    return;
                }

                received.AddRange(buffer.AsSpan(0, n));
            }

            await socket.SendAsync(response, timeout.Token);
            socket.Shutdown(SocketShutdown.Both);
        }

        private static int IndexOfHeaderEnd(List<byte> bytes)
        {
            for (var i = 0; i + 3 < bytes.Count; i++)
            {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
