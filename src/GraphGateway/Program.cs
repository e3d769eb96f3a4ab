using System.CommandLine;
using GraphGateway.Cli.Commands;

// The `graphgateway` tool: one root command, one file per sub-command under Commands/.
var root = new RootCommand("GraphGateway: a GraphQL federation gateway for .NET (compose, check, serve, plan).");
root.Subcommands.Add(ComposeCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(SubgraphCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(PlanCommand.Create());
root.Subcommands.Add(DevCommand.Create());
return await root.Parse(args).InvokeAsync();
