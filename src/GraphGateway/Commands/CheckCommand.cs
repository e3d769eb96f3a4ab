using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway check</c> command: Compares a new composition with a committed gateway.fsp and lists breaking changes.</summary>
internal static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("check", "Compares a new composition with a committed gateway.fsp and lists breaking changes.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway check: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
