using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Conformance.Tests.Harness;

/// <summary>
/// The gateway under test for one schema set: the real ASP.NET Core app (<c>AddGraphGateway</c> +
/// <c>MapGraphGateway</c>) on a TestServer, loading the set's <c>supergraph.graphql</c>, with every subgraph's named
/// HttpClient (<c>GraphGateway.Subgraph.&lt;name&gt;</c>) routed to an in-process <see cref="SubgraphHandler"/>.
/// One host per set, reused by all its runs; runs of one set are serialized.
/// </summary>
internal sealed class GatewayHost
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<GatewayHost>>> Hosts = new(StringComparer.Ordinal);

    private readonly RunStateHolder holder = new();
    private readonly SemaphoreSlim gate = new(1, 1);
    private HttpClient client = null!;

    private GatewayHost()
    {
    }

    /// <summary>The host of <paramref name="set"/>, started on first use.</summary>
    public static Task<GatewayHost> ForAsync(SchemaSet set) =>
        Hosts.GetOrAdd(set.Id, _ => new Lazy<Task<GatewayHost>>(() => StartAsync(set))).Value;

    private static async Task<GatewayHost> StartAsync(SchemaSet set)
    {
        var host = new GatewayHost();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GraphGateway:Supergraph:Path"] = set.SupergraphPath,
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
        };
        foreach (var (k, v) in set.GatewaySettings)
        {
            settings[k] = v;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(Microsoft.Extensions.Logging.LogLevel.Warning);
        builder.Services.AddGraphGateway(builder.Configuration);
        foreach (var name in set.Subgraphs.Keys)
        {
            var schema = set.SubgraphSchemas[name];
            builder.Services.AddHttpClient("GraphGateway.Subgraph." + name)
                .ConfigurePrimaryHttpMessageHandler(() => new SubgraphHandler(name, schema, host.holder));
        }

        var app = builder.Build();
        app.MapGraphGateway();
        await app.StartAsync().ConfigureAwait(false);
        host.client = app.GetTestClient();
        return host;
    }

    /// <summary>Sends the operation to the gateway over HTTP (POST /graphql) within a fresh run.</summary>
    /// <returns>The HTTP status, the response body and the subgraph calls made.</returns>
    public async Task<(int Status, string Body, IReadOnlyList<SubgraphCall> Calls)> ExecuteAsync(
        SchemaSet set, string query, JsonObject? variables, string? operationName, IReadOnlyDictionary<string, SubgraphFault>? faults = null)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            var state = new RunState(set.NewStore(), faults ?? new Dictionary<string, SubgraphFault>());
            holder.Current = state;
            var payload = new JsonObject { ["query"] = query };
            if (variables is not null)
            {
                payload["variables"] = variables.DeepClone();
            }

            if (operationName is not null)
            {
                payload["operationName"] = operationName;
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(payload.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            using var response = await client.SendAsync(request, cts.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cts.Token).ConfigureAwait(false);
            holder.Current = null;
            return ((int)response.StatusCode, body, state.Calls);
        }
        finally
        {
            gate.Release();
        }
    }
}
