using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway dev</c> command: runs the sample subgraphs and the gateway together for local development.</summary>
internal static class DevCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("dev", "Runs the sample subgraphs and the gateway together (local development).");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway dev: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
