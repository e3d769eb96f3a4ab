using System.Net;
using System.Net.Sockets;

namespace GraphGateway.Execution.Tests.Resilience.Faults;

/// <summary>
/// A TCP proxy on a free 127.0.0.1 port in front of one <see cref="LoopbackSubgraph"/>, with the faults of a real
/// instance: <see cref="Kill"/> (listener closed and open connections reset, so new connections are refused — a crashed
/// process), <see cref="Restart"/> (listening again on the same port), <see cref="Freeze"/> (connections are still
/// accepted and read, as the kernel does for a SIGSTOPped process, but nothing is forwarded or answered until
/// <see cref="Thaw"/>), and <see cref="Delay"/> (every answer held back that long — a slow instance). Started and
/// stopped by the test; every loop ends when the proxy is disposed.
/// </summary>
internal sealed class FaultProxy : IAsyncDisposable
{
    private readonly int _backendPort;
    private readonly Lock _gate = new();
    private readonly List<Socket> _open = [];
    private readonly CancellationTokenSource _disposed = new();
    private Socket? _listener;
    private TaskCompletionSource _thawed = Completed();

    private FaultProxy(int backendPort, int port)
    {
        _backendPort = backendPort;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The subgraph URL through this proxy.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/graphql");

    /// <summary>How long each chunk of an answer is held back (zero: none).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Connections accepted so far.</summary>
    public int Accepted { get; private set; }

    /// <summary>Starts forwarding to <paramref name="backendPort"/>; <paramref name="port"/> 0 picks a free port.</summary>
    public static FaultProxy Start(int backendPort, int port = 0)
    {
        var listener = Listen(port);
        var proxy = new FaultProxy(backendPort, ((IPEndPoint)listener.LocalEndPoint!).Port);
        proxy.Serve(listener);
        return proxy;
    }

    /// <summary>A port nothing listens on (bound and released), for a URL whose connections are refused.</summary>
    public static int FreePort()
    {
        using var socket = Listen(0);
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>Stops listening and resets every open connection: like a killed process.</summary>
    public void Kill()
    {
        lock (_gate)
        {
            _listener?.Close();
            _listener = null;
            foreach (var socket in _open)
            {
                Reset(socket);
            }

            _open.Clear();
        }
    }

    /// <summary>Listens on the same port again: like a restarted process.</summary>
    public void Restart()
    {
        lock (_gate)
        {
            if (_listener is null)
            {
                Serve(Listen(Port));
            }
        }
    }

    /// <summary>Accepts and reads but forwards nothing (requests hang) until <see cref="Thaw"/>.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            if (_thawed.Task.IsCompleted)
            {
                _thawed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    public void Thaw()
    {
        lock (_gate)
        {
            _thawed.TrySetResult();
        }
    }

    public ValueTask DisposeAsync()
    {
        Thaw();
        Kill();
        _disposed.Cancel();
        _disposed.Dispose();
        return ValueTask.CompletedTask;
    }

    private static Socket Listen(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
        socket.Listen(512);
        return socket;
    }

    private static TaskCompletionSource Completed()
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        done.SetResult();
        return done;
    }

    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }

    private void Serve(Socket listener)
    {
        _listener = listener;
        _ = AcceptLoopAsync(listener);
    }

    private async Task AcceptLoopAsync(Socket listener)
    {
        while (!_disposed.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return;
            }

            lock (_gate)
            {
                if (!ReferenceEquals(_listener, listener))
                {
                    Reset(client);
                    return;
                }

                Accepted++;
                _open.Add(client);
            }

            _ = ConnectAsync(client);
        }
    }

    private async Task ConnectAsync(Socket client)
    {
        var backend = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await backend.ConnectAsync(new IPEndPoint(IPAddress.Loopback, _backendPort));
            lock (_gate)
            {
                _open.Add(backend);
            }

            await Task.WhenAll(PumpAsync(client, backend, delay: false), PumpAsync(backend, client, delay: true));
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(backend);
            }

            client.Dispose();
            backend.Dispose();
        }
    }

    private async Task PumpAsync(Socket from, Socket to, bool delay)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await from.ReceiveAsync(buffer, SocketFlags.None);
                Task thawed;
                lock (_gate)
                {
                    thawed = _thawed.Task;
                }

                await thawed.WaitAsync(_disposed.Token);
                if (read == 0)
                {
                    to.Shutdown(SocketShutdown.Send);
                    return;
                }

                if (delay && Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, _disposed.Token);
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
            Reset(from);
            Reset(to);
        }
    }
}
