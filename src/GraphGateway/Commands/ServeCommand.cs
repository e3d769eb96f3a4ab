using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway serve</c> command: Runs the gateway over a supergraph package.</summary>
internal static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("serve", "Runs the gateway over a supergraph package.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway serve: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
