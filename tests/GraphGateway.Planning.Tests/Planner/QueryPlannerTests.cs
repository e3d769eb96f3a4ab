using GraphGateway.Planning.Planner;

namespace GraphGateway.Planning.Tests.Planner;

/// <summary>Planner behaviour beyond snapshots: labels, guardrails, cancellation, errors.</summary>
public sealed class QueryPlannerTests
{
    [Fact]
    public void Plan_ProgressiveOverrideLabelEnabled_UsesNewOwner()
    {
        var off = PlanFixtures.Plan("chain", "{ orders { risk } }");
        var on = PlanFixtures.Plan("chain", "{ orders { risk } }", new HashSet<string> { "percent(25)" });

        Assert.Equal(["a"], off.Fetches.Select(f => f.Subgraph));
        Assert.Equal(["a", "b"], on.Fetches.Select(f => f.Subgraph));
        Assert.Equal("query($representations:[_Any!]!){_entities(representations:$representations){...on Order{risk}}}", on.Fetches[1].OperationText);
    }

    [Fact]
    public void Plan_GuardrailExceeded_ThrowsWithSettingName()
    {
        var planner = new QueryPlanner(PlanFixtures.Planner("shop").Model, new QueryPlannerOptions { MaxEvaluatedOptions = 3 });
        var operation = PlanFixtures.Normalize("shop", "{ latestReviews { author { name reviews { product { name inStock } } } } }");

        var ex = Assert.Throws<PlanningException>(() => planner.Plan(operation));

        Assert.Equal("The operation is too complex to plan: more than 3 options evaluated (QueryPlannerOptions.MaxEvaluatedOptions).", ex.Message);
    }

    [Fact]
    public void Plan_Cancelled_Throws()
    {
        var operation = PlanFixtures.Normalize("shop", "{ me { name } }");

        Assert.Throws<OperationCanceledException>(() => PlanFixtures.Planner("shop").Plan(operation, null, new CancellationToken(true)));
    }

    [Fact]
    public void Normalize_UnknownField_NamesFieldAndType()
    {
        var ex = Assert.Throws<PlanningException>(() => PlanFixtures.Normalize("shop", "{ me { nope } }"));

        Assert.Equal("Cannot query field \"nope\" on type \"User\".", ex.Message);
    }

    [Fact]
    public void Plan_ClientUsesInternalPrefix_PicksAnotherPrefix()
    {
        var plan = PlanFixtures.Plan("shop", "{ topProducts { _ggsku: name inStock } }");

        Assert.Equal("{topProducts{_ggsku: name __typename _gg1sku: sku}}", plan.Fetches[0].OperationText);
    }

    [Fact]
    public void Plan_SameOperation_SameTextEveryTime()
    {
        var text = File.ReadAllText(Path.Combine(PlanFixtures.Root, "bench", "operations", "bench_test_query.graphql"));

        Assert.Equal(PlanFixtures.Plan("bench", text).Text, PlanFixtures.Plan("bench", text).Text);
    }

    [Fact]
    public void Normalize_SubscriptionWithoutSubscriptionType_NamesMissingRoot()
    {
        var ex = Assert.Throws<PlanningException>(() => PlanFixtures.Normalize("shop", "subscription { me { id } }"));

        Assert.Equal("The schema has no subscription root type.", ex.Message);
    }
}
