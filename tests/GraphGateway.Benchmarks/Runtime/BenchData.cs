using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Benchmarks.Runtime;

/// <summary>Locates the repository's benchmark data (tests/load/bench) and the composed bench supergraph.</summary>
internal static class BenchData
{
    public static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"Cannot find {relative} above {AppContext.BaseDirectory}.");
    }

    public static SupergraphModel Supergraph() =>
        SupergraphReader.Read(File.ReadAllText(Find("tests/GraphGateway.Planning.Tests/Fixtures/bench/supergraph.graphql")), "bench");

    public static ValidatedOperation Operation(string text, string? operationName = null)
    {
        var document = Parser.Parse(text);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? operations.Single() : operations.Single(o => o.Name?.StringValue == operationName);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new ValidatedOperation(document, operation, operationName, hash, new Dictionary<string, JsonElement>());
    }
}
