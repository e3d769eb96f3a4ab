using Snapshooter;
using Snapshooter.Xunit;

namespace GraphGateway.Planning.Tests;

/// <summary>
/// One plan snapshot per operation file under <c>Fixtures/&lt;set&gt;/operations/</c>; the snapshot holds the plan text
/// followed by each fetch's wire operation. Snapshot name: <c>&lt;set&gt;__&lt;operation&gt;</c>.
/// </summary>
public sealed class QueryPlanSnapshotTests
{
    public static IEnumerable<object[]> Operations() => PlanFixtures.Operations();

    [Theory]
    [MemberData(nameof(Operations))]
    public void Plan_FixtureOperation_MatchesSnapshot(string set, string operation)
    {
        var text = File.ReadAllText(Path.Combine(PlanFixtures.Root, set, "operations", operation + ".graphql"));
        var plan = PlanFixtures.Plan(set, text);
        var output = plan.Text + "\n\n" + string.Join("\n", plan.Fetches.Select(f => $"[{f.Index}] {f.Subgraph}: {f.OperationText}")) + "\n";
        Snapshot.Match(output, new SnapshotFullName(set + "__" + operation + ".snap", SourceDirectory()));
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
