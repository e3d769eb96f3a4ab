using System.Text.Json.Nodes;
using GraphGateway.Execution.Tests.Fakes;

namespace GraphGateway.Execution.Tests.Executor;

/// <summary>Whole responses and subgraph traffic of the executor over the shop fixture.</summary>
public sealed class FederatedExecutorTests
{
    [Fact]
    public async Task Execute_RootFieldsInTwoSubgraphs_MergesInClientOrder()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ topProducts(first: 2) { name } me { name } }");
        Assert.Equal("""{"data":{"topProducts":[{"name":"Table"},{"name":"Couch"}],"me":{"name":"Ada"}}}""", json);
        Assert.Single(h.Subgraphs["accounts"].Requests);
        Assert.Single(h.Subgraphs["products"].Requests);
    }

    [Fact]
    public async Task Execute_EntityHopWithProvides_DeduplicatesRepresentations()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ latestReviews { body author { username name } } }");
        Assert.Equal(
            """{"data":{"latestReviews":[{"body":"Great","author":{"username":"ada","name":"Ada"}},{"body":"Meh","author":{"username":"ben","name":"Ben"}},{"body":"Bad","author":{"username":"ada","name":"Ada"}}]}}""",
            json);
        var request = Assert.Single(h.Subgraphs["accounts"].Requests);
        Assert.Equal("""[{"__typename":"User","id":"1"},{"__typename":"User","id":"2"}]""", request["variables"]!["representations"]!.ToJsonString());
    }

    [Fact]
    public async Task Execute_ClientAliasEqualToKeyName_KeepsClientValue()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ topProducts(first: 1) { upc: name inStock } }");
        Assert.Equal("""{"data":{"topProducts":[{"upc":"Table","inStock":true}]}}""", json);
        Assert.Equal("""[{"__typename":"Product","sku":"S1"}]""", h.Subgraphs["inventory"].Requests[0]["variables"]!["representations"]!.ToJsonString());
    }

    [Fact]
    public async Task Execute_Requires_SendsRequiredFieldsAndNeverLeaksThem()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ topProducts(first: 2) { name shippingEstimate } }");
        Assert.Equal("""{"data":{"topProducts":[{"name":"Table","shippingEstimate":10},{"name":"Couch","shippingEstimate":0}]}}""", json);
        Assert.Equal(
            """[{"__typename":"Product","sku":"S1","price":899,"weight":100},{"__typename":"Product","sku":"S2","price":1299,"weight":1000}]""",
            h.Subgraphs["inventory"].Requests[0]["variables"]!["representations"]!.ToJsonString());
    }

    [Fact]
    public async Task Execute_RequiresNestedObject_SendsNestedSelection()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ topProducts(first: 2) { shippingClass } }");
        Assert.Equal("""{"data":{"topProducts":[{"shippingClass":"parcel"},{"shippingClass":"freight"}]}}""", json);
        Assert.Equal(
            """[{"__typename":"Product","sku":"S1","dimensions":{"size":"L","weight":10.5}},{"__typename":"Product","sku":"S2","dimensions":{"size":"XL","weight":80}}]""",
            h.Subgraphs["inventory"].Requests[0]["variables"]!["representations"]!.ToJsonString());
    }

    [Fact]
    public async Task Execute_ChainOverFourSubgraphs_ResolvesCompoundKey()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ latestReviews { product { warehouse { name stock } } } }");
        Assert.Equal(
            """{"data":{"latestReviews":[{"product":{"warehouse":{"name":"Depot wS1/eu","stock":5}}},{"product":{"warehouse":{"name":"Depot wS1/eu","stock":5}}},{"product":{"warehouse":{"name":"Depot wS2/eu","stock":5}}}]}}""",
            json);
        Assert.Equal("""[{"__typename":"Warehouse","id":"wS1","region":"eu"},{"__typename":"Warehouse","id":"wS2","region":"eu"}]""",
            h.Subgraphs["warehouses"].Requests[0]["variables"]!["representations"]!.ToJsonString());
    }

    [Theory]
    [InlineData("false", """{"data":{"topProducts":[{"name":"Table"}]}}""", 0)]
    [InlineData("true", """{"data":{"topProducts":[{"name":"Table","inStock":true}]}}""", 1)]
    public async Task Execute_IncludeOnRemoteField_FetchesOnlyWhenIncluded(string value, string expected, int inventoryRequests)
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("query ($w: Boolean!) { topProducts(first: 1) { name inStock @include(if: $w) } }", $$"""{"w": {{value}}}""");
        Assert.Equal(expected, json);
        Assert.Equal(inventoryRequests, h.Subgraphs["inventory"].Requests.Count);
    }

    [Fact]
    public async Task Execute_SkipOnFragmentSpreadWithDefault_UsesDefault()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("query ($s: Boolean = true) { me { id ...F @skip(if: $s) } } fragment F on User { name email }");
        Assert.Equal("""{"data":{"me":{"id":"1"}}}""", json);
    }

    [Fact]
    public async Task Execute_Mutation_RunsRootFieldsInOrder()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("""mutation { a: updateName(id: "1", name: "A") { name } r: addReview(upc: "1", body: "x") { body author { name } } b: updateName(id: "1", name: "B") { name } }""");
        Assert.Equal("""{"data":{"a":{"name":"A"},"r":{"body":"x","author":{"name":"A"}},"b":{"name":"B"}}}""", json);
        var accounts = h.Subgraphs["accounts"].Requests.Select(r => r["query"]!.GetValue<string>()).ToList();
        Assert.Equal(3, accounts.Count);
        Assert.StartsWith("mutation{a: updateName", accounts[0]);
        Assert.Contains("_entities", accounts[1]);
        Assert.StartsWith("mutation{b: updateName", accounts[2]);
    }

    [Fact]
    public async Task Execute_Variables_SendsOnlyTheOnesEachSubgraphUses()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("query ($id: ID!, $n: Int) { user(id: $id) { name } topProducts(first: $n) { name } }", """{"id":"2","n":1}""");
        Assert.Equal("""{"data":{"user":{"name":"Ben"},"topProducts":[{"name":"Table"}]}}""", json);
        Assert.Equal("""{"id":"2"}""", h.Subgraphs["accounts"].Requests[0]["variables"]!.ToJsonString());
        Assert.Equal("""{"n":1}""", h.Subgraphs["products"].Requests[0]["variables"]!.ToJsonString());
    }

    [Fact]
    public async Task Execute_TypenameAndAliasedTypename_WrittenNotLeaked()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ kind: __typename latestReviews { __typename author { t: __typename name } } }");
        Assert.Equal(
            """{"data":{"kind":"Query","latestReviews":[{"__typename":"Review","author":{"t":"User","name":"Ada"}},{"__typename":"Review","author":{"t":"User","name":"Ben"}},{"__typename":"Review","author":{"t":"User","name":"Ada"}}]}}""",
            json);
    }

    [Fact]
    public async Task Execute_QueryPlanRequested_AddsPlanTextToExtensions()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ me { name } }", includePlan: true);
        var plan = JsonNode.Parse(json)!["extensions"]!["queryPlan"]!.GetValue<string>();
        Assert.Equal("QueryPlan {\n  Fetch(service: \"accounts\") {\n    {\n      me {\n        name\n      }\n    }\n  },\n}", plan);
    }

    [Fact]
    public async Task Execute_Introspection_AnsweredFromTheSnapshotsApiSchema()
    {
        var h = new GatewayHarness();
        var json = await h.RunAsync("{ __type(name: \"User\") { name kind } }");
        Assert.Equal("""{"data":{"__type":{"name":"User","kind":"OBJECT"}}}""", json);
    }

    [Fact]
    public async Task Execute_SamePlanTwice_PlansOnce()
    {
        var h = new GatewayHarness();
        await h.RunAsync("{ me { name } }");
        await h.RunAsync("{ me { name } }");
        await h.RunAsync("{ me { id } }");
        Assert.Equal(2, h.Executor.CachedPlanCount);
    }
}
