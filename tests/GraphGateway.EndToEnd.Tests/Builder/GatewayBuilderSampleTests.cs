using System.Collections.Concurrent;
using GraphGateway.AspNetCore.Builder;
using GraphGateway.Core.Operations;
using GraphGateway.EndToEnd.Tests.Infrastructure;
using GraphGateway.Execution;
using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.EndToEnd.Tests.Builder;

/// <summary>
/// A host that extends the gateway through <see cref="IGraphGatewayBuilder"/> (docs/architecture.md "The gateway
/// builder"): a custom stage, subgraph-client decorators (one subgraph and all), a plan-cache key contributor and an
/// event listener, over the four sample subgraphs, each with its exact effect on responses and subgraph traffic.
/// </summary>
public sealed class GatewayBuilderSampleTests
{
    private const string Query = "{ topProducts(first: 1) { upc name shippingEstimate } }";

    [Fact]
    public async Task AddStage_BeforePlan_RunsInPlaceAndAddsItsExtension()
    {
        await using var host = await GatewayHost.StartAsync(configure: gateway => gateway.AddStage<RequestTagStage>(GatewayStages.Plan, StagePlacement.Before));

        var tagged = await host.QueryAsync("{ topProducts(first: 1) { upc } }", headers: new() { ["x-request-tag"] = "t-42" });
        var untagged = await host.QueryAsync("{ topProducts(first: 1) { upc } }");

        Assert.Equal(
            ["read-request", "resolve-document", "parse-validate", "authorize", "request-tag", "plan", "execute", "complete", "write"],
            host.Services.GetRequiredService<GatewayPipeline>().StageNames);
        GraphQLHttp.AssertJson("""{"data":{"topProducts":[{"upc":"P0875"}]},"extensions":{"requestTag":"t-42"}}""", tagged);
        GraphQLHttp.AssertJson("""{"data":{"topProducts":[{"upc":"P0875"}]}}""", untagged);
    }

    [Fact]
    public async Task AddStage_UnknownAnchor_StopsTheStartNamingIt()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            GatewayHost.StartAsync(configure: gateway => gateway.AddStage<RequestTagStage>("planning", StagePlacement.After)));

        Assert.Equal(
            "A pipeline stage was registered relative to 'planning', which is not a stage of the pipeline (read-request, resolve-document, parse-validate, authorize, plan, execute, complete, write).",
            ex.Message);
    }

    [Fact]
    public async Task DecorateSubgraphClient_OneSubgraph_OnlyThatSubgraphsFieldsFail()
    {
        await using var host = await GatewayHost.StartAsync(configure: gateway =>
            gateway.DecorateSubgraphClient("inventory", (_, _) => new RefusingClient("inventory is in maintenance")));

        var body = await host.QueryAsync(Query);

        GraphQLHttp.AssertJson(
            """{"data":{"topProducts":[{"upc":"P0875","name":"Modular Watch 875","shippingEstimate":null}]},"errors":[{"message":"HTTP fetch failed from 'inventory': inventory is in maintenance","extensions":{"code":"SUBGRAPH_REQUEST_FAILED","serviceName":"inventory"}}]}""",
            body);
        Assert.Equal("products=1", host.Traffic.Counts());
    }

    [Fact]
    public async Task DecorateSubgraphClients_All_SeeEachRequestWithItsFetchNode()
    {
        var seen = new ConcurrentQueue<string>();
        await using var host = await GatewayHost.StartAsync(configure: gateway =>
            gateway.DecorateSubgraphClients((_, subgraph, inner) => new RecordingClient(subgraph, inner, seen)));

        var body = await host.QueryAsync(Query);

        GraphQLHttp.AssertJson("""{"data":{"topProducts":[{"upc":"P0875","name":"Modular Watch 875","shippingEstimate":0}]}}""", body);
        Assert.Equal(
            ["inventory: Query entity fetch #1", "products: Query root fetch #0"],
            seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddPlanCacheKeyContributor_TenantHeader_OnePlanPerTenantAndOverrideRollout()
    {
        var seen = new ConcurrentQueue<(string Variant, bool Hit)>();
        await using var host = await GatewayHost.StartAsync(configure: gateway => gateway
            .AddPlanCacheKeyContributor<TenantPlanKeyContributor>()
            .AddEventListener<PlanKeyListener>()
            .Services.AddSingleton(seen));

        string[] tenants = ["a", "b", "a", "b", "c", "a", "a", "b"];
        foreach (var tenant in tenants)
        {
            GraphQLHttp.AssertJson(
                """{"data":{"topProducts":[{"upc":"P0875","name":"Modular Watch 875","shippingEstimate":0}]}}""",
                await host.QueryAsync(Query, headers: new() { ["x-tenant"] = tenant }));
        }

        // The sample supergraph rolls Product.lowStock out with @override(label: "percent(50)"): the built-in contributor
        // adds the active labels ("overrides=" or "overrides=percent(50)") before the tenant part of this host.
        var requests = seen.ToArray();
        Assert.Equal(tenants.Length, requests.Length);
        for (var i = 0; i < requests.Length; i++)
        {
            Assert.Matches($"^overrides=(percent\\(50\\))?;tenant={tenants[i]};$", requests[i].Variant);
            Assert.Equal(requests.Take(i).Any(r => r.Variant == requests[i].Variant), requests[i].Hit);
        }

        Assert.Equal(requests.Select(r => r.Variant).Distinct().Count(), host.Services.GetRequiredService<IGatewaySnapshotProvider>().Current!.Plans.Count);
    }

    [Fact]
    public async Task AddEventListener_RequestWithTwoFetches_StagesAndSubgraphRequestsInOrder()
    {
        var events = new ConcurrentQueue<string>();
        await using var host = await GatewayHost.StartAsync(configure: gateway => gateway
            .AddEventListener<RecordingListener>()
            .Services.AddSingleton(events));

        await host.QueryAsync(Query);

        Assert.Equal(
            [
                "request start",
                "stage read-request", "stage resolve-document", "stage parse-validate", "stage authorize", "stage plan", "stage execute",
                "subgraph products", "subgraph products 200", "subgraph inventory", "subgraph inventory 200",
                "stage complete", "stage write",
                "request end: errors 0",
            ],
            events);
    }

    /// <summary>Puts the request's <c>x-request-tag</c> header into <c>extensions.requestTag</c>.</summary>
    private sealed class RequestTagStage : IGatewayStage
    {
        public string Name => "request-tag";

        public ValueTask InvokeAsync(GatewayRequestContext context)
        {
            if (context.Headers.TryGetValue("x-request-tag", out var tag))
            {
                context.Extensions.Set("requestTag", tag);
            }

            return default;
        }
    }

    /// <summary>Answers every request itself with a connection failure (a subgraph taken out for maintenance).</summary>
    private sealed class RefusingClient(string reason) : ISubgraphClient
    {
        public ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken) =>
            ValueTask.FromResult(SubgraphResult.Failed(SubgraphFailureKind.Unavailable, reason));
    }

    /// <summary>Records "subgraph: kind root|entity fetch #index" and passes the request on.</summary>
    private sealed class RecordingClient(string subgraph, ISubgraphClient inner, ConcurrentQueue<string> seen) : ISubgraphClient
    {
        public ValueTask<SubgraphResult> SendAsync(SubgraphRequest request, CancellationToken cancellationToken)
        {
            Assert.Equal(subgraph, request.Subgraph);
            seen.Enqueue($"{subgraph}: {request.Kind} {(request.Fetch!.IsEntityFetch ? "entity" : "root")} fetch #{request.Fetch.Index}");
            return inner.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Plans per tenant (say, because tenants see different <c>@override</c> rollouts): the <c>x-tenant</c> header is a key part.</summary>
    private sealed class TenantPlanKeyContributor : IPlanCacheKeyContributor
    {
        public void Contribute(GatewayRequestContext context)
        {
            if (context.Headers.TryGetValue("x-tenant", out var tenant))
            {
                context.PlanKey.Add("tenant", tenant);
            }
        }
    }

    /// <summary>Records, at the end of each request, its plan-cache key variant and whether its plan came from the cache.</summary>
    private sealed class PlanKeyListener(ConcurrentQueue<(string Variant, bool Hit)> seen) : IGatewayEventListener
    {
        public IDisposable? RequestStarted(GatewayRequestContext context) =>
            new End(() => seen.Enqueue((string.Concat(context.PlanKey.Parts.Select(p => $"{p.Key}={p.Value};")), context.PlanCacheHit)));
    }

    /// <summary>Records requests, stages and subgraph requests as lines.</summary>
    private sealed class RecordingListener(ConcurrentQueue<string> events) : IGatewayEventListener
    {
        public IDisposable? RequestStarted(GatewayRequestContext context)
        {
            events.Enqueue("request start");
            return new End(() => events.Enqueue($"request end: errors {context.Errors.Count}"));
        }

        public IDisposable? StageStarted(GatewayRequestContext context, string stage)
        {
            events.Enqueue("stage " + stage);
            return null;
        }

        public IDisposable? SubgraphRequestStarted(SubgraphRequest request)
        {
            events.Enqueue("subgraph " + request.Subgraph);
            return null;
        }

        public void SubgraphRequestCompleted(SubgraphRequest request, SubgraphResult result, TimeSpan elapsed) =>
            events.Enqueue($"subgraph {request.Subgraph} {result.StatusCode}");
    }

    private sealed class End(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
