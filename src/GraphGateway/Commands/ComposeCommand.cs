using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway compose</c> command: Composes subgraph schemas into a supergraph package (gateway.fsp).</summary>
internal static class ComposeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("compose", "Composes subgraph schemas into a supergraph package (gateway.fsp).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway compose: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
