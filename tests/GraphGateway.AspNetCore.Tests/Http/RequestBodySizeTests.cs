using System.Buffers;
using System.Net;
using System.Text.Json;
using GraphGateway.AspNetCore.Http;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>Request bodies read into pooled arrays: a <c>Content-Length</c> that lies, and bodies larger than the first rent.</summary>
public sealed class RequestBodySizeTests
{
    [Fact]
    public async Task ReadBodyAsync_ContentLengthFarAboveBody_RentsNoMoreThanMaxInitialBodyBytes()
    {
        var bytes = """{"query":"{ hello }"}"""u8.ToArray();

        var (buffer, length) = await GraphQLRequestReader.ReadBodyAsync(new MemoryStream(bytes), 1_000_000, 1024 * 1024, CancellationToken.None);

        // Before the fix a client announcing 1,000,000 bytes got a 1 MB array rented (and held) before sending any.
        Assert.Equal(bytes.Length, length);
        Assert.True(buffer.Length <= GraphQLRequestReader.MaxInitialBodyBytes, $"rented {buffer.Length} bytes for a {length}-byte body");
        Assert.True(buffer.AsSpan(0, length).SequenceEqual(bytes));
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public async Task ReadBodyAsync_BodyLongerThanContentLengthPastLimit_StopsJustPastLimit()
    {
        var bytes = new byte[10_000];

        var (buffer, length) = await GraphQLRequestReader.ReadBodyAsync(new MemoryStream(bytes), 10, 5_000, CancellationToken.None);

        Assert.InRange(length, 5_001, 10_000);
        ArrayPool<byte>.Shared.Return(buffer);
    }

    [Fact]
    public async Task Post_BodyOfSeveralInitialRentsWithContentLength_VariablesArriveWhole()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        var name = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + (i % 26))));

        var response = await gateway.PostAsync(JsonSerializer.Serialize(new { query = "query ($n: String) { hello(name: $n) }", variables = new { n = name } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (operation, _) = Assert.Single(executor.Calls);
        Assert.Equal(name, operation.Variables["n"].GetString());
        Assert.True(name.Length > GraphQLRequestReader.MaxInitialBodyBytes);
    }
}
