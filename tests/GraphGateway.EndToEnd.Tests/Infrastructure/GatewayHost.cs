using GraphGateway.Subgraphs.Accounts;
using GraphGateway.Subgraphs.Inventory;
using GraphGateway.Subgraphs.Products;
using GraphGateway.Subgraphs.Reviews;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The four sample subgraphs (each a <see cref="SubgraphFactory{TSubgraph}"/> on its own temporary database) and the
/// real gateway (<c>AddGraphGateway</c> + <c>MapGraphGateway</c> on a TestServer) over the committed root
/// <c>gateway.fsp</c>. Each subgraph's named client <c>GraphGateway.Subgraph.&lt;name&gt;</c> goes through a
/// <see cref="CountingHandler"/> to the subgraph's in-process server, or to an <see cref="UnreachableHandler"/> when
/// the subgraph is listed as down.
/// </summary>
internal sealed class GatewayHost : IAsyncDisposable
{
    private readonly SubgraphFactory<AccountsSubgraph> accounts = new();
    private readonly SubgraphFactory<ProductsSubgraph> products = new();
    private readonly SubgraphFactory<InventorySubgraph> inventory = new();
    private readonly SubgraphFactory<ReviewsSubgraph> reviews = new();
    private WebApplication? app;

    private GatewayHost()
    {
    }

    /// <summary>Requests the gateway sent to each subgraph.</summary>
    public SubgraphTraffic Traffic { get; } = new();

    /// <summary>The gateway's services.</summary>
    public IServiceProvider Services => this.app!.Services;

    /// <summary>Client for the gateway's <c>/graphql</c> endpoint.</summary>
    public HttpClient Gateway { get; private set; } = null!;

    /// <summary>Starts the subgraphs and the gateway.</summary>
    /// <param name="downSubgraphs">Subgraph names (e.g. <c>reviews</c>) whose requests fail with a connection error.</param>
    /// <param name="settings">Extra gateway configuration (keys under <c>GraphGateway:</c>).</param>
    /// <param name="configure">Extends the gateway through its builder (stages, decorators, contributors, listeners).</param>
    public static async Task<GatewayHost> StartAsync(IReadOnlyCollection<string>? downSubgraphs = null, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IGraphGatewayBuilder>? configure = null)
    {
        var host = new GatewayHost();
        var servers = new Dictionary<string, Func<HttpMessageHandler>>(StringComparer.Ordinal)
        {
            ["accounts"] = () => host.accounts.Server.CreateHandler(),
            ["products"] = () => host.products.Server.CreateHandler(),
            ["inventory"] = () => host.inventory.Server.CreateHandler(),
            ["reviews"] = () => host.reviews.Server.CreateHandler(),
        };

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var configuration = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["GraphGateway:Supergraph:Path"] = Path.Combine(AppContext.BaseDirectory, "gateway.fsp"),
            ["GraphGateway:Supergraph:ReloadOnChange"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        var gateway = builder.Services.AddGraphGateway(builder.Configuration);
        configure?.Invoke(gateway);
        foreach (var (name, createHandler) in servers)
        {
            var down = downSubgraphs?.Contains(name) == true;
            builder.Services.AddHttpClient("GraphGateway.Subgraph." + name)
                .ConfigurePrimaryHttpMessageHandler(down ? () => new UnreachableHandler() : createHandler)
                .AddHttpMessageHandler(() => new CountingHandler(host.Traffic, name));
        }

        host.app = builder.Build();
        host.app.MapGraphGateway();
        await host.app.StartAsync();
        host.Gateway = host.app.GetTestClient();
        return host;
    }

    /// <summary>A client that talks to subgraph <paramref name="name"/> directly (not through the gateway).</summary>
    public HttpClient Subgraph(string name) => name switch
    {
        "accounts" => this.accounts.CreateClient(),
        "products" => this.products.CreateClient(),
        "inventory" => this.inventory.CreateClient(),
        "reviews" => this.reviews.CreateClient(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown sample subgraph."),
    };

    /// <summary>Sends <paramref name="query"/> through the gateway after clearing the recorded traffic.</summary>
    public async Task<string> QueryAsync(string query, object? variables = null, string? operationName = null, Dictionary<string, string>? headers = null)
    {
        this.Traffic.Reset();
        var (status, body) = await GraphQLHttp.PostAsync(this.Gateway, query, variables, operationName, headers);
        Assert.True(status == 200, $"HTTP {status}: {body}");
        return body;
    }

    /// <summary>Sends <paramref name="query"/> to subgraph <paramref name="name"/> directly.</summary>
    public async Task<string> QuerySubgraphAsync(string name, string query, object? variables = null)
    {
        using var client = this.Subgraph(name);
        var (status, body) = await GraphQLHttp.PostAsync(client, query, variables);
        Assert.True(status == 200, $"{name}: HTTP {status}: {body}");
        return body;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        this.Gateway?.Dispose();
        if (this.app is not null)
        {
            await this.app.DisposeAsync();
        }

        await this.accounts.DisposeAsync();
        await this.products.DisposeAsync();
        await this.inventory.DisposeAsync();
        await this.reviews.DisposeAsync();
    }
}

/// <summary>One gateway host shared by the read-only tests of a collection.</summary>
public sealed class SharedGateway : IAsyncLifetime
{
    internal GatewayHost Host { get; private set; } = null!;

    /// <inheritdoc />
    public async Task InitializeAsync() => this.Host = await GatewayHost.StartAsync();

    /// <inheritdoc />
    public async Task DisposeAsync() => await this.Host.DisposeAsync();
}

/// <summary>Read-only tests share one gateway and four subgraphs; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class SharedGatewayCollection : ICollectionFixture<SharedGateway>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "shared gateway";
}
