using System.CommandLine;

namespace GraphGateway.Cli.Commands;

/// <summary>The <c>graphgateway plan</c> command: Prints the query plan of an operation.</summary>
internal static class PlanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var command = new Command("plan", "Prints the query plan of an operation.");
        command.SetAction(_ =>
        {
            Console.Error.WriteLine("graphgateway plan: not available in this build yet.");
            return 2;
        });
        return command;
    }
}
