using GraphGateway.Core.Composition;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Composition;

/// <summary>Runs composition over loaded subgraphs and prints errors and hints (each with its code).</summary>
internal static class CompositionRunner
{
    /// <summary>The <c>createdBy</c> written into packages: tool name and assembly version (stable across builds of a version).</summary>
    public static string CreatedBy => "graphgateway " + (typeof(CompositionRunner).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");

    public static CompositionResult Compose(IReadOnlyList<SubgraphSource> sources, TextWriter err, bool printHints)
    {
        var result = Composer.Compose(sources.Select(s => new SubgraphInput(s.Settings.Name, s.Sdl, s.Settings.Url)));
        if (printHints)
        {
            foreach (var h in result.Hints)
            {
                err.WriteLine($"hint {h}");
            }
        }

        foreach (var e in result.Errors)
        {
            err.WriteLine($"error {e}");
        }

        if (!result.Succeeded)
        {
            err.WriteLine($"Composition failed with {result.Errors.Count} error(s).");
        }

        return result;
    }

    public static GatewayPackage Package(CompositionResult result, IReadOnlyList<SubgraphSource> sources, string? gatewaySettingsJson) =>
        GatewayPackage.Create(
            result.SupergraphSdl!,
            result.ApiSchemaSdl!,
            sources.Select(s => new PackageSubgraph(s.Settings, s.Sdl)),
            gatewaySettingsJson,
            CreatedBy);

    public static int PrintProblems(IEnumerable<string> problems, TextWriter err)
    {
        var n = 0;
        foreach (var p in problems)
        {
            err.WriteLine($"error {p}");
            n++;
        }

        return n;
    }
}
