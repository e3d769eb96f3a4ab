using System.Text.Json;
using GraphGateway.BenchSubgraphs.Accounts;
using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Inventory;
using GraphGateway.BenchSubgraphs.Products;
using GraphGateway.BenchSubgraphs.Reviews;
using GraphQL;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// Builds the benchmark subgraph server: four Apollo Federation v2 subgraphs on one port
/// (<c>POST /accounts</c>, <c>/inventory</c>, <c>/products</c>, <c>/reviews</c>) plus
/// <c>GET /stats</c> and <c>POST /stats/reset</c>. Listens on <c>--urls</c>, default <see cref="DefaultUrl"/>.
/// </summary>
internal static class BenchSubgraphsApp
{
    /// <summary>The address used when no <c>--urls</c> is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:4200";

    /// <summary>Federation version the subgraphs declare in <c>@link</c> (as in tests/load/bench/schemas).</summary>
    public const string FederationVersion = "2.3";

    /// <summary>Builds the application from command-line <paramref name="args"/>.</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(BenchData.Load());
        builder.Services.AddSingleton<RequestStats>();
        builder.Services.AddGraphQL(b => b
            .AddSchema<AccountsSchema>()
            .AddSchema<InventorySchema>()
            .AddSchema<ProductsSchema>()
            .AddSchema<ReviewsSchema>()
            .AddGraphTypes(typeof(BenchSubgraphsApp).Assembly)
            .AddFederation(FederationVersion)
            .AddSystemTextJson());

        var app = builder.Build();
        MapSubgraph<AccountsSchema>(app, "accounts");
        MapSubgraph<InventorySchema>(app, "inventory");
        MapSubgraph<ProductsSchema>(app, "products");
        MapSubgraph<ReviewsSchema>(app, "reviews");
        MapStats(app);
        return app;
    }

    private static void MapSubgraph<TSchema>(WebApplication app, string name)
        where TSchema : ISchema
    {
        var services = app.Services;
        var endpoint = new SubgraphEndpoint(
            services.GetRequiredService<TSchema>(),
            services.GetRequiredService<IDocumentExecuter>(),
            services.GetRequiredService<IGraphQLTextSerializer>(),
            services.GetRequiredService<RequestStats>().For(name));
        app.MapPost("/" + name, endpoint.HandleAsync);
    }

    private static void MapStats(WebApplication app)
    {
        var stats = app.Services.GetRequiredService<RequestStats>();
        app.MapGet("/stats", async (HttpContext http) =>
        {
            http.Response.ContentType = "application/json";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            stats.WriteTo(writer);
            await writer.FlushAsync(http.RequestAborted);
        });
        app.MapPost("/stats/reset", () =>
        {
            stats.Reset();
            return Results.NoContent();
        });
    }
}
