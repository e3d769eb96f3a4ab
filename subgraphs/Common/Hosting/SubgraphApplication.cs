using GraphGateway.Subgraphs.Common.Http;
using GraphGateway.Subgraphs.Common.Schema;
using GraphQL;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>
/// Builds and runs a sample subgraph: Kestrel on the subgraph's default address (overridable with
/// <c>--urls</c>), GraphQL over HTTP at <c>/graphql</c>, Apollo Federation v2.9 (<c>_service</c>,
/// <c>_entities</c>), and a SQLite database created and seeded on first start.
/// </summary>
public static class SubgraphApplication
{
    /// <summary>Command-line flag that prints the subgraph SDL (to the following file path, or to stdout) and exits.</summary>
    public const string PrintSchemaFlag = "--print-schema";

    /// <summary>Entry point shared by the four <c>Program.cs</c> files.</summary>
    /// <param name="subgraph">The subgraph to run.</param>
    /// <param name="args">Command-line arguments; <see cref="PrintSchemaFlag"/> [file] prints the SDL instead of serving.</param>
    /// <returns>The process exit code: 0 on success, 2 when the schema output file cannot be written.</returns>
    public static async Task<int> RunAsync(ISubgraph subgraph, string[] args)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var flagIndex = Array.IndexOf(args, PrintSchemaFlag);
        if (flagIndex < 0)
        {
            await Build(subgraph, args).RunAsync().ConfigureAwait(false);
            return 0;
        }

        string? outputPath = flagIndex + 1 < args.Length && !args[flagIndex + 1].StartsWith("--", StringComparison.Ordinal)
            ? args[flagIndex + 1]
            : null;
        var hostArgs = args.Where((_, i) => i != flagIndex && (outputPath is null || i != flagIndex + 1)).ToArray();
        await using var app = Build(subgraph, hostArgs);
        var sdl = await SchemaPrinter.PrintSdlAsync(app.Services, CancellationToken.None).ConfigureAwait(false);
        if (outputPath is null)
        {
            await Console.Out.WriteAsync(sdl).ConfigureAwait(false);
            return 0;
        }

        try
        {
            await File.WriteAllTextAsync(outputPath, sdl).ConfigureAwait(false);
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"{PrintSchemaFlag}: cannot write '{outputPath}': {ex.Message}").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>Builds the web application for <paramref name="subgraph"/> without starting it.</summary>
    /// <param name="subgraph">The subgraph to host.</param>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--urls</c> or <c>--Database:Path</c>).</param>
    /// <returns>The configured application; the database is created and seeded when the host starts.</returns>
    public static WebApplication Build(ISubgraph subgraph, string[] args)
    {
        ArgumentNullException.ThrowIfNull(subgraph);
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Warning);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaultsUrlsKey]))
        {
            builder.WebHost.UseUrls(subgraph.DefaultUrl);
        }

        // Configuration is read when services are first resolved, so hosts that add configuration
        // late (WebApplicationFactory in tests) are honoured.
        builder.Services.AddSingleton(sp => new DatabaseLocation(ResolveDatabasePath(
            sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>().ContentRootPath, subgraph.Name)));
        subgraph.AddServices(builder.Services);
        builder.Services.AddGraphQL(b =>
        {
            subgraph.ConfigureGraphQL(b);
            b.AddSystemTextJson()
            .AddFederation(FederationSchemaExtensions.FederationVersion, FederationSchemaExtensions.ConfigureLink)
            .ConfigureSchema((schema, _) => schema.AddFederationCostDirectives())
            .ConfigureExecutionOptions(o => o.ThrowOnUnhandledException = false);
        });
        builder.Services.AddSingleton(sp => CreateHttpOptions(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddHostedService(sp => new DatabaseInitializer(subgraph, sp));

        var app = builder.Build();
        app.MapGraphQLHttp("/graphql");
        return app;
    }

    private const string WebHostDefaultsUrlsKey = "urls";

    private static GraphQLHttpOptions CreateHttpOptions(IConfiguration configuration)
    {
        var text = configuration[SubgraphOptions.MaxRequestBytesKey];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new GraphQLHttpOptions(SubgraphOptions.DefaultMaxRequestBytes);
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) && bytes > 0
            ? new GraphQLHttpOptions(bytes)
            : throw new InvalidOperationException($"Setting '{SubgraphOptions.MaxRequestBytesKey}' must be a positive whole number of bytes; got '{text}'.");
    }

    private static string ResolveDatabasePath(IConfiguration configuration, string contentRoot, string name)
    {
        var configured = configuration[SubgraphOptions.DatabasePathKey];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(contentRoot, "data", name + ".db")
            : Path.GetFullPath(configured, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
