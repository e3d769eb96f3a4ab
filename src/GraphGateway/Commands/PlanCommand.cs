using System.CommandLine;
using GraphGateway.Core.Supergraph;
using GraphGateway.Planning;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphGateway.Cli.Commands;

/// <summary>
/// The <c>graphgateway plan</c> command: prints the query plan of an operation in its text form (docs/runtime.md, "From operation to plan").
/// <c>graphgateway plan --supergraph &lt;gateway.fsp|supergraph.graphql&gt; --query q.graphql [--operation-name N] [--variables JSON]</c>.
/// Exit codes: 0 printed, 1 the supergraph or operation is invalid or cannot be planned.
/// </summary>
internal static class PlanCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var supergraph = new Option<FileInfo>("--supergraph") { Description = "A gateway.fsp package or a supergraph .graphql file.", Required = true };
        var query = new Option<FileInfo>("--query") { Description = "A file with the operation (GraphQL document).", Required = true };
        var operationName = new Option<string?>("--operation-name") { Description = "The operation to plan when the document has several." };
        var variables = new Option<string?>("--variables") { Description = "Variables as JSON (checked for syntax; plans do not depend on variable values)." };
        var labels = new Option<string[]>("--override-label") { Description = "A progressive @override label to treat as enabled (repeatable).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("plan", "Prints the query plan of an operation.");
        command.Options.Add(supergraph);
        command.Options.Add(query);
        command.Options.Add(operationName);
        command.Options.Add(variables);
        command.Options.Add(labels);
        command.SetAction(parse =>
        {
            try
            {
                var source = LoadedSupergraph.Load(parse.GetValue(supergraph)!.FullName);
                var queryFile = parse.GetValue(query)!;
                if (!queryFile.Exists)
                {
                    Console.Error.WriteLine($"graphgateway plan: {queryFile.FullName}: file not found.");
                    return 1;
                }

                if (parse.GetValue(variables) is { } json)
                {
                    using var _ = System.Text.Json.JsonDocument.Parse(json);
                }

                var document = Parser.Parse(File.ReadAllText(queryFile.FullName));
                var name = parse.GetValue(operationName);
                var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
                var operation = name is null ? (operations.Count == 1 ? operations[0] : null) : operations.FirstOrDefault(o => o.Name?.StringValue == name);
                if (operation is null)
                {
                    Console.Error.WriteLine(name is null
                        ? $"graphgateway plan: {queryFile.Name} has {operations.Count} operations; choose one with --operation-name."
                        : $"graphgateway plan: {queryFile.Name} has no operation named '{name}'.");
                    return 1;
                }

                var fragments = document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue, f => f);
                var normalized = OperationNormalizer.Normalize(source.Model.ApiSchema, operation, fragments);
                var enabled = (parse.GetValue(labels) ?? []).ToHashSet(StringComparer.Ordinal);
                var plan = new QueryPlanner(source.Model).Plan(normalized, enabled);
                Console.Out.WriteLine(plan.Text);
                return 0;
            }
            catch (SupergraphException ex)
            {
                Console.Error.WriteLine("graphgateway plan: " + ex.Message);
                return 1;
            }
            catch (GraphQLParserException ex)
            {
                Console.Error.WriteLine($"graphgateway plan: syntax error in the operation at {ex.Location.Line}:{ex.Location.Column}: {ex.Description}");
                return 1;
            }
            catch (System.Text.Json.JsonException ex)
            {
                Console.Error.WriteLine("graphgateway plan: --variables is not valid JSON: " + ex.Message);
                return 1;
            }
            catch (PlanningException ex)
            {
                Console.Error.WriteLine("graphgateway plan: " + ex.Message);
                return 1;
            }
        });
        return command;
    }
}
