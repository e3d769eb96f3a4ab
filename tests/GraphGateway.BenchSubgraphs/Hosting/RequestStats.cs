using System.Text.Json;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// The counters of all four subgraphs, served at <c>GET /stats</c> as
/// <c>{"accounts":{"requests":n,"withAuthorization":m},...,"total":{...}}</c> and zeroed by <c>POST /stats/reset</c>.
/// </summary>
internal sealed class RequestStats
{
    /// <summary>The subgraph names in path order.</summary>
    public static readonly IReadOnlyList<string> Subgraphs = ["accounts", "inventory", "products", "reviews"];

    private readonly Dictionary<string, SubgraphCounter> counters =
        Subgraphs.ToDictionary(s => s, s => new SubgraphCounter(s), StringComparer.Ordinal);

    /// <summary>The counter of <paramref name="subgraph"/>.</summary>
    /// <exception cref="KeyNotFoundException">Not one of <see cref="Subgraphs"/>.</exception>
    public SubgraphCounter For(string subgraph) => counters[subgraph];

    /// <summary>Zeroes every counter.</summary>
    public void Reset()
    {
        foreach (var counter in counters.Values)
        {
            counter.Reset();
        }
    }

    /// <summary>Writes the current counts as one JSON object (subgraphs in name order, then <c>total</c>).</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        long requests = 0, withAuthorization = 0;
        writer.WriteStartObject();
        foreach (var name in Subgraphs)
        {
            var counter = counters[name];
            long r = counter.Requests, a = counter.WithAuthorization;
            requests += r;
            withAuthorization += a;
            WriteCounts(writer, name, r, a);
        }

        WriteCounts(writer, "total", requests, withAuthorization);
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, string name, long requests, long withAuthorization)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("requests", requests);
        writer.WriteNumber("withAuthorization", withAuthorization);
        writer.WriteEndObject();
    }
}
