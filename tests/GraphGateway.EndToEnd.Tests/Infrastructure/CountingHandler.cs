namespace GraphGateway.EndToEnd.Tests.Infrastructure;

/// <summary>Counts the HTTP requests the gateway sends to one subgraph and records their bodies.</summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private readonly SubgraphTraffic traffic;
    private readonly string subgraph;

    /// <summary>Creates a handler that records into <paramref name="traffic"/> under <paramref name="subgraph"/>.</summary>
    public CountingHandler(SubgraphTraffic traffic, string subgraph)
    {
        this.traffic = traffic;
        this.subgraph = subgraph;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        this.traffic.Record(this.subgraph, body);
        return await base.SendAsync(request, cancellationToken);
    }
}

/// <summary>The subgraph requests of one gateway host, by subgraph name (thread-safe).</summary>
internal sealed class SubgraphTraffic
{
    private readonly Lock gate = new();
    private readonly List<(string Subgraph, string Body)> calls = [];

    /// <summary>Records one request.</summary>
    public void Record(string subgraph, string body)
    {
        lock (this.gate)
        {
            this.calls.Add((subgraph, body));
        }
    }

    /// <summary>Forgets every recorded request.</summary>
    public void Reset()
    {
        lock (this.gate)
        {
            this.calls.Clear();
        }
    }

    /// <summary>Requests per subgraph, e.g. <c>accounts=1,products=2</c> (names sorted, subgraphs without requests left out).</summary>
    public string Counts()
    {
        lock (this.gate)
        {
            return string.Join(',', this.calls.GroupBy(c => c.Subgraph).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key}={g.Count()}"));
        }
    }

    /// <summary>
    /// The first root field of each mutation request, in the order sent, as <c>subgraph:field</c> (with its alias, as the
    /// gateway wrote it, e.g. <c>reviews:first: addReview</c>).
    /// </summary>
    public IReadOnlyList<string> MutationRootFields()
    {
        lock (this.gate)
        {
            var fields = new List<string>();
            foreach (var (subgraph, body) in this.calls)
            {
                var query = System.Text.Json.Nodes.JsonNode.Parse(body)?["query"]?.GetValue<string>() ?? string.Empty;
                if (!query.StartsWith("mutation", StringComparison.Ordinal))
                {
                    continue;
                }

                var start = query.IndexOf('{', StringComparison.Ordinal) + 1;
                var end = query.IndexOfAny(['(', '{'], start);
                fields.Add(subgraph + ":" + query[start..end].Trim());
            }

            return fields;
        }
    }

    /// <summary>Bodies of the requests sent to <paramref name="subgraph"/>, in order.</summary>
    public IReadOnlyList<string> Bodies(string subgraph)
    {
        lock (this.gate)
        {
            return this.calls.Where(c => c.Subgraph == subgraph).Select(c => c.Body).ToList();
        }
    }
}

/// <summary>A subgraph that is down: every request fails with a connection error.</summary>
internal sealed class UnreachableHandler : HttpMessageHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        throw new HttpRequestException("Connection refused (test: subgraph is down).");
}
