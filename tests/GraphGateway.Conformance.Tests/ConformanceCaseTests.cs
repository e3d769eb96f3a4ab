using GraphGateway.Conformance.Tests.Harness;

namespace GraphGateway.Conformance.Tests;

/// <summary>
/// Runs every declarative case (Cases/&lt;category&gt;/&lt;set&gt;/cases) end to end through the real HTTP gateway
/// against in-process subgraphs, and on the monolith (the unsplit schema with the same data), which validates the
/// case's expected response independently of the gateway.
/// </summary>
public sealed class ConformanceCaseTests
{
    public static TheoryData<string> GatewayCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SchemaSet.All.SelectMany(s => s.Cases))
        {
            data.Add(c.Id);
        }

        return data;
    }

    public static TheoryData<string> MonolithCases()
    {
        var data = new TheoryData<string>();
        foreach (var c in SchemaSet.All.SelectMany(s => s.Cases).Where(c => c.RunOnMonolith))
        {
            data.Add(c.Id);
        }

        return data;
    }

    internal static ConformanceCase Find(string id) =>
        SchemaSet.All.SelectMany(s => s.Cases).FirstOrDefault(c => c.Id == id) ?? throw new InvalidOperationException("No case " + id);

    internal static string? KnownFailureOf(string id) =>
        SchemaSet.All.SelectMany(s => s.Cases).FirstOrDefault(c => c.Id == id)?.KnownFailure;

    [ConformanceTheory]
    [MemberData(nameof(GatewayCases))]
    public async Task Gateway_Case_MatchesExpected(string id)
    {
        var c = Find(id);
        Assert.False(c.MissingExpected, $"case {c.Id} has no \"expected\"");
        var host = await GatewayHost.ForAsync(c.Set);
        var (status, body, calls) = await host.ExecuteAsync(c.Set, c.Query, c.Variables, c.OperationName, c.Faults);
        var response = ResponseComparer.Parse(body, out var failure);
        var problems = failure is null ? ResponseComparer.Check(c, response!) : [failure];
        if (status >= 500)
        {
            problems.Add($"HTTP status {status}");
        }

        foreach (var (subgraph, count) in c.ExpectedSubgraphCalls ?? new Dictionary<string, int>())
        {
            var actual = calls.Count(x => x.Subgraph == subgraph);
            if (actual != count)
            {
                problems.Add($"expected {count} request(s) to subgraph {subgraph}, got {actual}");
            }
        }

        foreach (var expected in c.ExpectedRequests ?? [])
        {
            if (!calls.Any(call => RequestMatches(expected!.AsObject(), call)))
            {
                problems.Add("no subgraph request matches " + expected!.ToJsonString());
            }
        }

        Assert.True(problems.Count == 0, ResponseComparer.Report(c, "gateway", body, problems, calls));
    }

    private static bool RequestMatches(System.Text.Json.Nodes.JsonObject expected, SubgraphCall call)
    {
        if (expected["subgraph"]?.GetValue<string>() != call.Subgraph)
        {
            return false;
        }

        var (_, variables, _) = GraphQLRunner.ReadRequest(call.Body);
        if (expected["representations"] is { } reps && (variables?["representations"] as System.Text.Json.Nodes.JsonArray)?.Count != reps.GetValue<int>())
        {
            return false;
        }

        if (expected["variables"] is System.Text.Json.Nodes.JsonArray names)
        {
            var wanted = names.Select(n => n!.GetValue<string>()).Order(StringComparer.Ordinal);
            var actual = (variables ?? []).Select(p => p.Key).Order(StringComparer.Ordinal);
            return wanted.SequenceEqual(actual);
        }

        return true;
    }

    [Theory]
    [MemberData(nameof(MonolithCases))]
    public async Task Monolith_Case_MatchesExpected(string id)
    {
        var c = Find(id);
        var body = await c.Set.ExecuteOnMonolithAsync(c.Query, c.Variables, c.OperationName);
        var response = ResponseComparer.Parse(body, out var failure);
        if (c.MissingExpected)
        {
            var writeTo = Environment.GetEnvironmentVariable("CONFORMANCE_WRITE_EXPECTED");
            if (!string.IsNullOrEmpty(writeTo) && response is not null)
            {
                c.WriteExpected(writeTo, response);
            }

            Assert.Fail($"case {c.Id} has no \"expected\" (monolith answered {body})");
        }

        var problems = failure is null ? ResponseComparer.Check(c, response!) : [failure];
        Assert.True(problems.Count == 0, ResponseComparer.Report(c, "monolith", body, problems));
    }
}
