using System.Net;
using System.Net.Sockets;

namespace GraphGateway.Cli.Dev;

/// <summary>Finds TCP ports that are free on 127.0.0.1 right now (the operating system picks them), and checks given ones.</summary>
internal static class FreePort
{
    /// <summary>
    /// Whether nothing listens on the host and port of <paramref name="url"/> right now. Hosts that are not an IP
    /// address or <c>localhost</c> are not checked (reported free).
    /// </summary>
    public static bool IsFree(Uri url)
    {
        IPAddress address;
        if (string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(url.Host.Trim('[', ']'), out address!))
        {
            return true;
        }

        var listener = new TcpListener(address, url.Port);
        try
        {
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>Returns <paramref name="count"/> distinct ports that nothing listened on at the time of the call.</summary>
    public static IReadOnlyList<int> Find(int count)
    {
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
