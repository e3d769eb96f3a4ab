using System.Text;
using System.Text.Json.Nodes;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>Compares GraphQL responses: <c>data</c> exactly (key order included), errors per the case's expectations.</summary>
internal static class ResponseComparer
{
    /// <summary>Canonical compact JSON of <c>data</c> (property order kept).</summary>
    public static string DataText(JsonNode? data) => data is null ? "null" : data.ToJsonString();

    /// <summary>Parses a response body; a body that is not a JSON object is reported as a failure text.</summary>
    public static JsonObject? Parse(string body, out string? failure)
    {
        try
        {
            failure = null;
            if (JsonNode.Parse(body) is JsonObject o)
            {
                return o;
            }
        }
        catch (Exception ex)
        {
            failure = "response is not JSON: " + ex.Message;
            return null;
        }

        failure = "response is not a JSON object";
        return null;
    }

    /// <summary>Checks <paramref name="response"/> against <paramref name="c"/>; returns the problems (empty = pass).</summary>
    public static List<string> Check(ConformanceCase c, JsonObject response)
    {
        var problems = new List<string>();
        if (!response.ContainsKey("data"))
        {
            problems.Add("response has no \"data\" entry");
        }
        else if (DataText(response["data"]) != DataText(c.ExpectedData))
        {
            problems.Add($"data differs\n  expected: {DataText(c.ExpectedData)}\n  actual:   {DataText(response["data"])}");
        }

        var errors = response["errors"] as JsonArray;
        bool hasErrors = errors is { Count: > 0 };
        if (c.ExpectErrors is { } expectErrors && expectErrors != hasErrors)
        {
            problems.Add(expectErrors ? "expected errors, got none" : "expected no errors, got " + errors!.ToJsonString());
        }

        foreach (var expected in c.ExpectedErrors ?? [])
        {
            if (!(errors ?? []).Any(actual => ErrorMatches(expected!.AsObject(), actual as JsonObject)))
            {
                problems.Add($"no error matches {expected!.ToJsonString()}; errors: {errors?.ToJsonString() ?? "none"}");
            }
        }

        return problems;
    }

    private static bool ErrorMatches(JsonObject expected, JsonObject? actual)
    {
        if (actual is null)
        {
            return false;
        }

        if (expected.ContainsKey("path") && !JsonNode.DeepEquals(expected["path"], actual["path"]))
        {
            return false;
        }

        if (expected["message"] is JsonValue m && actual["message"]?.GetValue<string>() != m.GetValue<string>())
        {
            return false;
        }

        return expected["extensions"] is not JsonObject ext || IsSubset(ext, actual["extensions"] as JsonObject);
    }

    private static bool IsSubset(JsonObject expected, JsonObject? actual) =>
        actual is not null && expected.All(p => actual.ContainsKey(p.Key) && (p.Value is JsonObject o ? IsSubset(o, actual[p.Key] as JsonObject) : JsonNode.DeepEquals(p.Value, actual[p.Key])));

    /// <summary>A readable report of a failed run.</summary>
    public static string Report(ConformanceCase c, string target, string body, IEnumerable<string> problems, IReadOnlyList<SubgraphCall>? calls = null)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"case {c.Id} on {target}:");
        foreach (var p in problems)
        {
            sb.AppendLine("  " + p);
        }

        sb.AppendLine("operation:").AppendLine(c.Query);
        if (c.Variables is not null)
        {
            sb.AppendLine("variables: " + c.Variables.ToJsonString());
        }

        sb.AppendLine("response: " + body);
        foreach (var call in calls ?? [])
        {
            sb.AppendLine($"subgraph {call.Subgraph} <- {call.Body}");
        }

        return sb.ToString();
    }
}
