using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Tests.Resilience.Faults;

/// <summary>
/// One instance of the shop's <c>accounts</c> subgraph as a real Kestrel server on a free 127.0.0.1 port: answers
/// <c>{ me { name } }</c> and the <c>updateName</c> mutation (any body containing <c>mutation</c>) with fixed data, and
/// counts what it executed, so tests can tell which instance did the work and that no mutation ran twice.
/// </summary>
internal sealed class LoopbackSubgraph : IAsyncDisposable
{
    public const string MeAnswer = """{"data":{"me":{"name":"Ada"}}}""";
    public const string MutationAnswer = """{"data":{"updateName":{"name":"X"}}}""";

    private readonly WebApplication _app;
    private int _queries;
    private int _mutations;

    private LoopbackSubgraph(WebApplication app) => _app = app;

    /// <summary>The port Kestrel listens on.</summary>
    public int Port { get; private set; }

    /// <summary>Queries answered (since <see cref="ResetCounts"/>).</summary>
    public int Queries => Volatile.Read(ref _queries);

    /// <summary>Mutations executed.</summary>
    public int Mutations => Volatile.Read(ref _mutations);

    /// <summary>Zeroes the counts (after a warm-up).</summary>
    public void ResetCounts()
    {
        Volatile.Write(ref _queries, 0);
        Volatile.Write(ref _mutations, 0);
    }

    public static async Task<LoopbackSubgraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var subgraph = new LoopbackSubgraph(app);
        app.MapPost("/graphql", subgraph.HandleAsync);
        app.MapGet("/health", () => Microsoft.AspNetCore.Http.Results.Ok());
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        subgraph.Port = new Uri(address).Port;
        return subgraph;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var mutation = body.Contains("mutation", StringComparison.Ordinal);
        if (mutation)
        {
            Interlocked.Increment(ref _mutations);
        }
        else
        {
            Interlocked.Increment(ref _queries);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(mutation ? MutationAnswer : MeAnswer, context.RequestAborted);
    }
}
