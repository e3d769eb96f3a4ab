using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace GraphGateway.Cli.Tests;

/// <summary>A loopback HTTP endpoint answering <c>{ _service { sdl } }</c> with a fixed SDL (one request at a time).</summary>
internal sealed class ServiceSdlServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _sdl;
    private readonly Task _loop;

    private ServiceSdlServer(string sdl, int port)
    {
        _sdl = sdl;
        Url = $"http://127.0.0.1:{port}/graphql";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public string Url { get; }

    public string? LastRequestBody { get; private set; }

    public static Task<ServiceSdlServer> StartAsync(string sdl)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return Task.FromResult(new ServiceSdlServer(sdl, port));
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext ctx;
            try
            {
                ctx = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using (var reader = new StreamReader(ctx.Request.InputStream))
            {
                LastRequestBody = await reader.ReadToEndAsync();
            }

            var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { data = new { _service = new { sdl = _sdl } } }));
            ctx.Response.ContentType = "application/json";
            ctx.Response.ContentLength64 = body.Length;
            await ctx.Response.OutputStream.WriteAsync(body);
            ctx.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Close alone: Stop() already unregisters the prefix, and a second removal in Close() re-binds the
        // port to look it up, which throws "Address already in use" when another process took it meanwhile.
        _listener.Close();
        await _loop;
    }
}
