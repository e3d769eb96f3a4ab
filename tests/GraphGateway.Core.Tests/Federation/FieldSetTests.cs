using GraphGateway.Core.Federation;

namespace GraphGateway.Core.Tests.Federation;

public sealed class FieldSetTests
{
    [Fact]
    public void TryParse_NestedAndFragments_Tree()
    {
        var set = FieldSet.TryParse("id org { id ... on Team { name } }", out var error);
        Assert.Null(error);
        Assert.Equal(["id", "org"], set!.Selections.Select(s => s.Name));
        var org = set.Selections[1];
        Assert.Equal("id", org.Children[0].Name);
        Assert.True(org.Children[1].IsInlineFragment);
        Assert.Equal("Team", org.Children[1].TypeCondition);
        Assert.Equal("name", org.Children[1].Children[0].Name);
    }

    [Fact]
    public void TryParse_ArgumentsAliasDirective_Flagged()
    {
        var set = FieldSet.TryParse("a(x: 1) b: c d @skip(if: true)", out _);
        Assert.True(set!.Selections[0].HasArguments);
        Assert.True(set.Selections[1].HasAlias);
        Assert.Equal("c", set.Selections[1].Name);
        Assert.True(set.Selections[2].HasDirectives);
    }

    [Fact]
    public void TryParse_Unbalanced_Error()
    {
        Assert.Null(FieldSet.TryParse("id {", out var error));
        Assert.StartsWith("Syntax error:", error, StringComparison.Ordinal);
    }
}
