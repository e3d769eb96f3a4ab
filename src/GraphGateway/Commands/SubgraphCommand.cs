using System.CommandLine;
using GraphGateway.Cli.Composition;
using GraphGateway.Core.Composition;
using GraphGateway.Core.Packaging;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway subgraph</c> command group. <c>subgraph pack --name --url --schema -o</c> writes the
/// subgraph package a team publishes (deterministic zip of <c>schema.graphql</c> + <c>subgraph-settings.json</c>);
/// <c>compose --subgraph-package</c> reads it. The schema is checked first (exit 1 with its errors when the
/// subgraph cannot be read); exit 2 for bad arguments.
/// </summary>
internal static class SubgraphCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("subgraph", "Subgraph publishing commands (pack).");
        var pack = new Command("pack", "Writes a subgraph package (name, url, schema) for compose --subgraph-package.");
        var name = new Option<string>("--name") { Description = "The subgraph name.", Required = true };
        var url = new Option<string>("--url") { Description = "The subgraph's routing URL (http or https).", Required = true };
        var schema = new Option<string>("--schema") { Description = "The subgraph SDL file.", Required = true };
        var extra = new Option<string[]>("--extra-url") { Description = "Further URLs of the same subgraph (repeatable)." };
        var output = new Option<string>("--output", "-o") { Description = "The package file to write.", Required = true };
        pack.Options.Add(name);
        pack.Options.Add(url);
        pack.Options.Add(schema);
        pack.Options.Add(extra);
        pack.Options.Add(output);
        pack.SetAction(parse =>
        {
            var err = Console.Error;
            var schemaPath = parse.GetValue(schema)!;
            if (!File.Exists(schemaPath))
            {
                err.WriteLine($"error {Path.GetFullPath(schemaPath)}: schema file not found.");
                return 2;
            }

            var sdl = File.ReadAllText(schemaPath);
            var errors = new List<CompositionError>();
            if (Core.Federation.SubgraphReader.Read(new SubgraphInput(parse.GetValue(name)!, sdl, parse.GetValue(url)), errors) is null)
            {
                foreach (var e in errors)
                {
                    err.WriteLine($"error {e}");
                }

                return 1;
            }

            var outputPath = parse.GetValue(output)!;
            if (OutputFiles.Check(outputPath) is { } problem)
            {
                err.WriteLine($"error {problem}");
                return 2;
            }

            var extras = parse.GetValue(extra) ?? [];
            var settings = new SubgraphSettings { Name = parse.GetValue(name)!, Url = parse.GetValue(url), ExtraUrls = extras.Length > 0 ? extras : null };
            byte[] bytes;
            try
            {
                using var ms = new MemoryStream();
                SubgraphPackage.Write(ms, new PackageSubgraph(settings, sdl));
                bytes = ms.ToArray();
            }
            catch (PackageException ex)
            {
                err.WriteLine($"error {ex.Message}");
                return 2;
            }

            if (!OutputFiles.TryWrite([(outputPath, bytes)], err))
            {
                return 2;
            }

            Console.Out.WriteLine($"Packed subgraph {settings.Name} into {parse.GetValue(output)}.");
            return 0;
        });
        command.Subcommands.Add(pack);
        return command;
    }
}
