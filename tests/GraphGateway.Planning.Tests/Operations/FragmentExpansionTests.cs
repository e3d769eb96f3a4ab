using System.Text;
using GraphGateway.Planning.Operations;

namespace GraphGateway.Planning.Tests.Operations;

/// <summary>Fragment inlining stays linear in the document for repeated spreads and is bounded otherwise.</summary>
public sealed class FragmentExpansionTests
{
    [Fact]
    public void Normalize_EachFragmentSpreadTwiceThirtyLevels_CollectsEachFragmentOnce()
    {
        // 2^30 selections if every spread were expanded; GraphQL spec §6.3.2 visits a fragment once per selection set.
        var text = new StringBuilder("{ ...G0 }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append($"fragment G{i} on Query {{ a{i}: __typename ...G{i + 1} ...G{i + 1} }}\n");
        }

        text.Append("fragment G30 on Query { __typename }\n");

        var operation = PlanFixtures.Normalize("abstract", text.ToString());

        Assert.Equal(31, operation.Root.Items.Count);
    }

    [Fact]
    public void Normalize_RepeatedSpreadWithDifferentConditions_KeepsBoth()
    {
        var operation = PlanFixtures.Normalize("abstract", """
            query($a: Boolean!) { ...F @include(if: $a) ...F }
            fragment F on Query { __typename }
            """);

        Assert.Equal(2, operation.Root.Items.Count);
    }

    [Fact]
    public void Normalize_RepeatedSpreadUnderEarlierUnconditionalOne_IsSkipped()
    {
        var operation = PlanFixtures.Normalize("abstract", """
            query($a: Boolean!) { ...F ...F @include(if: $a) }
            fragment F on Query { __typename }
            """);

        Assert.Single(operation.Root.Items);
    }

    [Fact]
    public void Normalize_ExponentialTypeConditionedFragments_StopsAtTheBound()
    {
        // Fragments on another abstract type inside an abstract parent are kept apart, so repeats cannot be skipped there.
        var text = new StringBuilder("{ media { ...G0 } }\n");
        for (var i = 0; i < 30; i++)
        {
            text.Append($"fragment G{i} on Media {{ ... on Node {{ id ...G{i + 1} }} ... on Node {{ ...G{i + 1} }} }}\n");
        }

        text.Append("fragment G30 on Media { __typename }\n");

        var ex = Assert.Throws<PlanningException>(() => PlanFixtures.Normalize("abstract", text.ToString()));

        Assert.Equal($"The operation expands to more than {OperationNormalizer.MaxExpandedSelections} selections once its fragments are inlined.", ex.Message);
    }
}
