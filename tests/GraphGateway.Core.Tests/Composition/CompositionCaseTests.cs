using System.Runtime.CompilerServices;
using System.Text;
using GraphGateway.Core.Composition;
using Snapshooter.Xunit;

namespace GraphGateway.Core.Tests.Composition;

/// <summary>
/// Snapshot tests over every case folder in Cases/ (one subgraph per <c>&lt;name&gt;.graphql</c>, routing URL
/// <c>http://&lt;name&gt;</c>): the supergraph and API schema, or the error list, plus hints. The same folders feed
/// tests/scripts/composition-differential.sh, which checks them against the reference composition.
/// </summary>
public sealed class CompositionCaseTests
{
    internal static string CasesDirectory([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(path)!, "Cases");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesDirectory()).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(dir));
        }

        return data;
    }

    internal static CompositionResult ComposeCase(string name)
    {
        var dir = Path.Combine(CasesDirectory(), name);
        var inputs = Directory.GetFiles(dir, "*.graphql").Order(StringComparer.Ordinal)
            .Select(f => new SubgraphInput(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), "http://" + Path.GetFileNameWithoutExtension(f)));
        return Composer.Compose(inputs);
    }

    internal static string Describe(CompositionResult result)
    {
        var sb = new StringBuilder();
        sb.Append("status: ").Append(result.Succeeded ? "composed" : "failed").Append('\n');
        foreach (var e in result.Errors)
        {
            sb.Append("error ").Append(e).Append('\n');
        }

        foreach (var h in result.Hints)
        {
            sb.Append("hint ").Append(h).Append('\n');
        }

        if (result.Succeeded)
        {
            sb.Append("--- supergraph ---\n").Append(result.SupergraphSdl);
            sb.Append("--- API schema ---\n").Append(result.ApiSchemaSdl);
        }

        return sb.ToString();
    }

    [Fact]
    public void Cases_Folder_HasAtLeastSixtySets()
    {
        var count = Directory.GetDirectories(CasesDirectory()).Length;
        Assert.True(count >= 60, $"expected at least 60 case folders, found {count}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compose_Case_MatchesSnapshot(string name)
    {
        var text = Describe(ComposeCase(name));
        Snapshot.Match(text, $"Composition_{name}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compose_Case_OutcomeFollowsFolderName(string name)
    {
        var result = ComposeCase(name);
        Assert.Equal(!name.StartsWith("error-", StringComparison.Ordinal), result.Succeeded);
    }

    [Fact]
    public void Compose_SameInputsInAnyOrder_SameSupergraph()
    {
        var dir = Path.Combine(CasesDirectory(), "bench-four-subgraphs");
        var inputs = Directory.GetFiles(dir, "*.graphql").Order(StringComparer.Ordinal)
            .Select(f => new SubgraphInput(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f), null)).ToList();
        var forward = Composer.Compose(inputs);
        inputs.Reverse();
        var backward = Composer.Compose(inputs);
        Assert.True(forward.Succeeded);
        Assert.Equal(forward.SupergraphSdl, backward.SupergraphSdl);
        Assert.Equal(forward.ApiSchemaSdl, backward.ApiSchemaSdl);
    }
}
