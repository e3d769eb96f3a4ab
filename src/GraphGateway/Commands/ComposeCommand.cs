using System.CommandLine;
using System.Text;
using System.Text.Json;
using GraphGateway.Cli.Composition;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway compose</c> command: composes subgraph schemas (files, running subgraphs, subgraph
/// directories or packages, or a config file) into a supergraph package (<c>gateway.fsp</c>, docs/composition.md "Package").
/// Exit codes: 0 composed, 1 composition errors, 2 bad input (missing files, unreachable subgraphs, an output path
/// that cannot be written; then no output file is written or replaced).
/// </summary>
internal static class ComposeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("compose", "Composes subgraph schemas into a supergraph package (gateway.fsp).");
        var inputs = new SubgraphInputOptions();
        inputs.AddTo(command);
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the package (gateway.fsp)." };
        var supergraphOut = new Option<string?>("--supergraph-out") { Description = "Also write the supergraph SDL to this file." };
        var apiOut = new Option<string?>("--api-schema-out") { Description = "Also write the API schema SDL to this file." };
        var settings = new Option<string?>("--gateway-settings") { Description = "A JSON file of gateway defaults to store in the package." };
        var hints = new Option<bool>("--hints") { Description = "Print composition hints too." };
        command.Options.Add(output);
        command.Options.Add(supergraphOut);
        command.Options.Add(apiOut);
        command.Options.Add(settings);
        command.Options.Add(hints);
        command.SetAction(async (parse, ct) =>
        {
            var err = Console.Error;
            var loader = await inputs.LoadAsync(parse, ct);
            string? settingsJson = null;
            if (parse.GetValue(settings) is { } settingsPath)
            {
                settingsJson = ReadSettings(settingsPath, loader.Problems);
            }

            if (parse.GetValue(output) is null && parse.GetValue(supergraphOut) is null)
            {
                loader.Problems.Add("Nothing to write: give -o gateway.fsp and/or --supergraph-out file.graphql.");
            }

            if (CompositionRunner.PrintProblems(loader.Problems, err) > 0)
            {
                return 2;
            }

            var result = CompositionRunner.Compose(loader.Sources, err, parse.GetValue(hints));
            if (!result.Succeeded)
            {
                return 1;
            }

            var files = new List<(string Path, byte[] Bytes)>();
            if (parse.GetValue(output) is { } o)
            {
                try
                {
                    files.Add((o, CompositionRunner.Package(result, loader.Sources, settingsJson).ToBytes()));
                }
                catch (PackageException ex)
                {
                    err.WriteLine($"error {ex.Message}");
                    return 2;
                }
            }

            if (parse.GetValue(supergraphOut) is { } so)
            {
                files.Add((so, Encoding.UTF8.GetBytes(result.SupergraphSdl!)));
            }

            if (parse.GetValue(apiOut) is { } ao)
            {
                files.Add((ao, Encoding.UTF8.GetBytes(result.ApiSchemaSdl!)));
            }

            if (!OutputFiles.TryWrite(files, err))
            {
                return 2;
            }

            if (parse.GetValue(output) is { } written)
            {
                Console.Out.WriteLine($"Composed {loader.Sources.Count} subgraph(s) into {written}.");
            }

            return 0;
        });
        return command;
    }

    private static string? ReadSettings(string path, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{Path.GetFullPath(path)}: gateway settings file not found.");
            return null;
        }

        var text = File.ReadAllText(path);
        try
        {
            using var _ = JsonDocument.Parse(text);
            return text;
        }
        catch (JsonException ex)
        {
            problems.Add($"{path}: invalid JSON: {ex.Message}");
            return null;
        }
    }
}
