using System.CommandLine;
using GraphGateway.Cli.Composition;
using GraphGateway.Core.Composition;
using GraphGateway.Core.Packaging;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway check</c> command: recomposes the given subgraphs and compares the new API schema with
/// the one in a committed <c>gateway.fsp</c>, listing breaking changes (removed type, field, enum value or
/// argument; changed type; new required argument or input field). Exit codes: 0 no breaking change,
/// 1 breaking changes or composition errors, 2 bad input (package unreadable, files missing).
/// </summary>
internal static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("check", "Compares a new composition with a committed gateway.fsp and lists breaking changes.");
        var package = new Option<string>("--package", "-p") { Description = "The committed package to compare with (gateway.fsp).", Required = true };
        var inputs = new SubgraphInputOptions();
        command.Options.Add(package);
        inputs.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var err = Console.Error;
            var output = Console.Out;
            GatewayPackage old;
            try
            {
                old = GatewayPackage.Read(parse.GetValue(package)!);
            }
            catch (PackageException ex)
            {
                err.WriteLine($"error {ex.Message}");
                return 2;
            }

            var loader = await inputs.LoadAsync(parse, ct);
            if (CompositionRunner.PrintProblems(loader.Problems, err) > 0)
            {
                return 2;
            }

            var result = CompositionRunner.Compose(loader.Sources, err, printHints: false);
            if (!result.Succeeded)
            {
                return 1;
            }

            Schema oldApi;
            try
            {
                oldApi = SchemaParser.Parse(old.ApiSchemaSdl, $"{parse.GetValue(package)}!schema.graphql");
            }
            catch (SchemaException ex)
            {
                err.WriteLine($"error the package's API schema cannot be read: {ex.Message}");
                return 2;
            }

            var changes = BreakingChangeDetector.Detect(oldApi, SchemaParser.Parse(result.ApiSchemaSdl!, "schema.graphql"));
            foreach (var c in changes)
            {
                output.WriteLine($"breaking {c}");
            }

            var stale = old.Metadata.InputHash != GatewayPackage.ComputeInputHash(loader.Sources.Select(s => new PackageSubgraph(s.Settings, s.Sdl)), old.GatewaySettingsJson);
            output.WriteLine(changes.Count == 0
                ? $"No breaking changes to the API schema.{(stale ? " The package is stale: recompose to update it." : "")}"
                : $"{changes.Count} breaking change(s) to the API schema.");
            return changes.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
