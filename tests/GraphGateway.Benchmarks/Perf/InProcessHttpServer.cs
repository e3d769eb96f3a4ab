using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GraphGateway.Benchmarks.Perf;

/// <summary>
/// An <see cref="IServer"/> without sockets: the host hands it the real ASP.NET Core application (hosting, routing,
/// endpoints, the GraphQL handler), and <see cref="SendAsync"/> runs one request through it over in-memory features —
/// the request body from a byte array, the response body into a <see cref="ResponseSink"/>. Sequential use only.
/// </summary>
internal sealed class InProcessHttpServer : IServer
{
    private Func<IFeatureCollection, Task>? _process;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        _process = async features =>
        {
            var context = application.CreateContext(features);
            try
            {
                await application.ProcessRequestAsync(context);
            }
            catch (Exception ex)
            {
                application.DisposeContext(context, ex);
                throw;
            }

            application.DisposeContext(context, null);
        };
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    /// <summary>POSTs <paramref name="body"/> to <paramref name="path"/> with <paramref name="headers"/>; returns the status code.</summary>
    public async Task<int> SendAsync(string path, IHeaderDictionary headers, byte[] body, ResponseSink sink)
    {
        var process = _process ?? throw new InvalidOperationException("The host has not started the server.");
        var request = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Scheme = "http",
            Method = HttpMethods.Post,
            PathBase = string.Empty,
            Path = path,
            QueryString = string.Empty,
            RawTarget = path,
            Headers = headers,
            Body = new MemoryStream(body, writable: false),
        };
        var response = new HttpResponseFeature();
        var features = new FeatureCollection();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(sink));
        sink.Reset();
        await process(features);
        return response.StatusCode;
    }
}

/// <summary>A write-only response body that counts bytes and, when <see cref="Capture"/> is set, keeps them.</summary>
internal sealed class ResponseSink : Stream
{
    /// <summary>Receives a copy of the written bytes when set (setup checks); null while measuring.</summary>
    public MemoryStream? Capture { get; set; }

    /// <summary>Bytes written since the last <see cref="Reset"/>.</summary>
    public long Written { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Written;

    public override long Position { get => Written; set => throw new NotSupportedException(); }

    public void Reset()
    {
        Written = 0;
        Capture?.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Written += buffer.Length;
        Capture?.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
