using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway subgraph</c> command: Subgraph publishing commands (pack).</summary>
internal static class SubgraphCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("subgraph", "Subgraph publishing commands (pack).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway subgraph: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
