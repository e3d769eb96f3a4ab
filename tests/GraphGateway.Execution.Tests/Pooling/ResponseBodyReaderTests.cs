using GraphGateway.Core.Operations;
using System.Buffers;
using System.Net;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>Reading subgraph bodies into pooled arrays (<see cref="ResponseBodyReader"/>).</summary>
public sealed class ResponseBodyReaderTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(70_000, true)]
    [InlineData(0, false)]
    [InlineData(16 * 1024, false)]
    [InlineData(200_001, false)]
    public async Task ReadAsync_BodyWithOrWithoutContentLength_ReturnsEveryByte(int size, bool declareLength)
    {
        var bytes = Enumerable.Range(0, size).Select(i => (byte)(i * 7)).ToArray();
        HttpContent content = new StreamContent(new TrickleStream(bytes));
        content.Headers.ContentLength = declareLength ? size : null;

        var (array, length) = await ResponseBodyReader.ReadAsync(content, SubgraphEndpoint.DefaultMaxResponseBytes, CancellationToken.None);

        Assert.Equal(size, length);
        Assert.True(array.AsSpan(0, length).SequenceEqual(bytes));
        ArrayPool<byte>.Shared.Return(array);
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(100, false)]
    public async Task ReadAsync_BodyAtLimit_ReturnsEveryByte(int size, bool declareLength)
    {
        HttpContent content = new StreamContent(new TrickleStream(new byte[size]));
        content.Headers.ContentLength = declareLength ? size : null;

        var (array, length) = await ResponseBodyReader.ReadAsync(content, 100, CancellationToken.None);

        Assert.Equal(size, length);
        ArrayPool<byte>.Shared.Return(array);
    }

    [Fact]
    public async Task ReadAsync_UndeclaredBodyOverLimit_ThrowsTooLarge()
    {
        HttpContent content = new StreamContent(new TrickleStream(new byte[101]));
        content.Headers.ContentLength = null;

        var ex = await Assert.ThrowsAsync<SubgraphResponseTooLargeException>(() => ResponseBodyReader.ReadAsync(content, 100, CancellationToken.None).AsTask());

        Assert.Equal("the response body is larger than the 100-byte limit (MaxResponseBytes)", ex.Message);
    }

    [Fact]
    public async Task ReadAsync_DeclaredLengthOverLimit_ThrowsWithoutReading()
    {
        var stream = new TrickleStream(new byte[10]);
        HttpContent content = new StreamContent(stream);
        content.Headers.ContentLength = 5000;

        await Assert.ThrowsAsync<SubgraphResponseTooLargeException>(() => ResponseBodyReader.ReadAsync(content, 4999, CancellationToken.None).AsTask());

        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public async Task ReadAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var content = new StreamContent(new MemoryStream(new byte[100]));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ResponseBodyReader.ReadAsync(content, SubgraphEndpoint.DefaultMaxResponseBytes, cts.Token).AsTask());
    }

    [Fact]
    public async Task SendAsync_OverHttp_BodyReachesCallerAndReleaseIsIdempotent()
    {
        var handler = new OkHandler("""{"data":{"ok":true}}""");
        var client = new HttpSubgraphClient(new Factory(handler), new Dictionary<string, SubgraphEndpoint>
        {
            ["a"] = new() { Name = "a", Url = new Uri("http://a.test/graphql") },
        });

        var result = await client.SendAsync(new SubgraphRequest("a", OperationKind.Query, "{}"u8.ToArray(), null, null), CancellationToken.None);

        Assert.Equal(200, result.StatusCode);
        Assert.Equal("""{"data":{"ok":true}}""", System.Text.Encoding.UTF8.GetString(result.Body!.Value.Span));
        result.ReleaseBody();
        result.ReleaseBody();
    }

    /// <summary>Returns at most 1,000 bytes per read, like a socket.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1000)], cancellationToken);
    }

    private sealed class OkHandler(string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body) });
    }

    private sealed class Factory(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }
}
