using GraphGateway.AspNetCore.Configuration;
using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway serve</c> command: runs the gateway over a supergraph package.
/// <c>graphgateway serve [--supergraph gateway.fsp] [--urls http://127.0.0.1:4000]</c>; settings come from
/// <c>appsettings.json</c>, environment variables (<c>GraphGateway__Supergraph__Path</c>, ...) and these flags (highest).
/// Exit codes: 0 stopped normally, 1 invalid configuration or supergraph.
/// </summary>
internal static class ServeCommand
{
    /// <summary>The address served when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c>/<c>urls</c> configuration is given.</summary>
    public const string DefaultUrl = "http://127.0.0.1:4000";

    /// <summary>
    /// Lowest-precedence logging defaults: ASP.NET Core's per-request lines and <c>IHttpClientFactory</c>'s per-subgraph-request
    /// lines are logged from <c>Warning</c> up, so the console logger stays off the hot path (it cost about a quarter of the
    /// gateway's CPU under load). Any <c>Logging:LogLevel:*</c> setting (appsettings.json, environment) overrides them.
    /// </summary>
    internal static readonly KeyValuePair<string, string?>[] QuietLogLevels =
    [
        new("Logging:LogLevel:Microsoft.AspNetCore", "Warning"),
        new("Logging:LogLevel:System.Net.Http.HttpClient", "Warning"),
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var supergraph = new Option<string?>("--supergraph") { Description = "A gateway.fsp package or a supergraph .graphql file (GraphGateway:Supergraph:Path)." };
        var urls = new Option<string?>("--urls") { Description = $"Addresses to listen on, ';'-separated (default {DefaultUrl})." };
        var command = new Command("serve", "Runs the gateway over a supergraph package.");
        command.Options.Add(supergraph);
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var builder = WebApplication.CreateBuilder();
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = QuietLogLevels });
            var overrides = new Dictionary<string, string?>();
            if (parse.GetValue(supergraph) is { } path)
            {
                overrides["GraphGateway:Supergraph:Path"] = path;
            }

            builder.Configuration.AddInMemoryCollection(overrides);
            var listen = parse.GetValue(urls) ?? builder.Configuration["urls"] ?? DefaultUrl;
            builder.WebHost.UseUrls(listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (CheckBinding(builder.Configuration.GetSection("GraphGateway")) is { } bindingError)
            {
                Console.Error.WriteLine("graphgateway serve: invalid configuration: " + bindingError);
                return 1;
            }

            builder.Services.AddGraphGateway(builder.Configuration);
            try
            {
                await using var app = builder.Build();
                app.UseGraphGatewayIde("/graphql");
                app.MapGraphGateway("/graphql");
                await app.RunAsync(cancellationToken);
                return 0;
            }
            catch (OptionsValidationException ex)
            {
                Console.Error.WriteLine("graphgateway serve: invalid configuration:" + Environment.NewLine + string.Join(Environment.NewLine, ex.Failures.Select(f => "  " + f)));
                return 1;
            }
            catch (GraphGateway.Core.Supergraph.SupergraphException ex)
            {
                Console.Error.WriteLine("graphgateway serve: cannot load the supergraph:" + Environment.NewLine + ex.Message);
                return 1;
            }
        });
        return command;
    }

    /// <summary>
    /// Binds the <c>GraphGateway</c> section once before the host is built, so a value that cannot be converted
    /// (<c>GraphGateway__Limits__MaxRequestBytes=abc</c>, <c>...:Timeout=abc</c>) is one line instead of an
    /// unhandled exception at start. Returns the binder's message (it names the setting), or <see langword="null"/>.
    /// </summary>
    internal static string? CheckBinding(IConfigurationSection section)
    {
        try
        {
            section.Get<GraphGatewayOptions>();

            // The binder silently drops a dictionary entry whose value fails to convert, so bind each subgraph on its own.
            foreach (var subgraph in section.GetSection("Subgraphs").GetChildren())
            {
                subgraph.Get<SubgraphOptions>();
            }

            return null;
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }
}
