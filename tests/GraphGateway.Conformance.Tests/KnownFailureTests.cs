using System.Text.Json.Nodes;
using GraphGateway.Conformance.Tests.Harness;

namespace GraphGateway.Conformance.Tests;

/// <summary>
/// Keeps the known-failure marks honest: every case marked <c>knownFailure</c> and every seed listed under
/// <c>knownDifferentialFailures</c> must still fail on the gateway. When the gateway is fixed this test names the
/// marks to remove, so a fixed bug cannot stay hidden behind a skip.
/// </summary>
public sealed class KnownFailureTests
{
    [Fact]
    public async Task KnownFailures_StillFailOnGateway_NoStaleMarks()
    {
        var nowPassing = new List<string>();
        foreach (var c in SchemaSet.All.SelectMany(s => s.Cases).Where(c => c.KnownFailure is not null))
        {
            var host = await GatewayHost.ForAsync(c.Set);
            var (status, body, _) = await host.ExecuteAsync(c.Set, c.Query, c.Variables, c.OperationName, c.Faults);
            var response = ResponseComparer.Parse(body, out var failure);
            if (failure is null && status < 500 && ResponseComparer.Check(c, response!).Count == 0)
            {
                nowPassing.Add("case " + c.Id);
                RemoveMark(c.Set, c.File, c.Name, null);
            }
        }

        foreach (var set in SchemaSet.All.Where(s => s.Differential))
        {
            foreach (var seed in set.KnownDifferentialFailures.Keys)
            {
                var op = Differential.OperationGenerator.Generate(set.ApiModel, set.NewStore(), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture));
                var expected = JsonNode.Parse(await set.ExecuteOnMonolithAsync(op.Query, op.Variables, null))!.AsObject();
                var host = await GatewayHost.ForAsync(set);
                var (status, body, _) = await host.ExecuteAsync(set, op.Query, op.Variables, null);
                var actual = ResponseComparer.Parse(body, out var failure);
                if (failure is null && status < 500 && actual!.ContainsKey("data")
                    && ResponseComparer.DataText(actual["data"]) == ResponseComparer.DataText(expected["data"])
                    && (actual["errors"] is JsonArray { Count: > 0 }) == (expected["errors"] is JsonArray { Count: > 0 }))
                {
                    nowPassing.Add($"{set.Id} seed {seed}");
                    RemoveMark(set, null, null, seed);
                }
            }
        }

        Assert.True(nowPassing.Count == 0, $"{nowPassing.Count} known failure(s) now pass on the gateway; remove their marks:\n" + string.Join("\n", nowPassing));
    }

    /// <summary>
    /// Maintenance aid: with CONFORMANCE_REMOVE_FIXED_MARKS set to the source <c>Cases</c> folder, a mark that no longer
    /// fails is removed from the source file (the test still fails on that run, so the change is reviewed).
    /// </summary>
    private static void RemoveMark(SchemaSet set, string? caseFile, string? caseName, string? seed)
    {
        var root = Environment.GetEnvironmentVariable("CONFORMANCE_REMOVE_FIXED_MARKS");
        if (string.IsNullOrEmpty(root))
        {
            return;
        }

        var outputCases = Path.Combine(AppContext.BaseDirectory, "Cases");
        if (caseFile is not null)
        {
            var target = Path.Combine(root, Path.GetRelativePath(outputCases, caseFile));
            var json = JsonNode.Parse(File.ReadAllText(target))!.AsObject();
            var obj = json["cases"] is JsonArray many ? many.First(c => c!["name"]!.GetValue<string>() == caseName)!.AsObject() : json;
            obj.Remove("knownFailure");
            File.WriteAllText(target, ConformanceCase.Format(json));
        }
        else
        {
            var target = Path.Combine(root, Path.GetRelativePath(outputCases, Path.Combine(set.Directory, "set.json")));
            var json = JsonNode.Parse(File.ReadAllText(target))!.AsObject();
            (json["knownDifferentialFailures"] as JsonObject)?.Remove(seed!);
            File.WriteAllText(target, json.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        }
    }
}
