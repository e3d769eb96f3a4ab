using GraphGateway.TestSupport;
using System.Text;
using System.Text.Json.Nodes;
using GraphGateway.Execution.Tests.Fakes;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Tests.Executor;

/// <summary>
/// The oracle (docs/runtime.md, "Execution"): every query of the shop plan fixtures, through the gateway and against one unsplit service
/// with the same data, must give the same response. Boolean variables are tried both ways.
/// </summary>
public sealed class DifferentialTests
{
    public static IEnumerable<object[]> Cases() => CasesIn("shop");

    public static IEnumerable<object[]> AbstractCases() => CasesIn("abstract");

    [Theory]
    [MemberData(nameof(AbstractCases))]
    public async Task Execute_AbstractOperation_EqualsMonolith(string operation, bool booleans)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "abstractoperations", operation + ".graphql"));
        var variables = Variables(text, booleans);
        var client = AbstractSubgraphs.Create();
        var executor = new GraphGateway.TestSupport.InProcessGateway(AbstractSubgraphs.Model, client);

        var response = await executor.ExecuteAsync(TestOperation.Create(text, variables), null, CancellationToken.None);
        var actual = Encoding.UTF8.GetString(response.Body.Span);
        var (_, monolithBody) = await AbstractSubgraphs.Monolith().HandleAsync(Encoding.UTF8.GetBytes(new JsonObject { ["query"] = text, ["variables"] = JsonNode.Parse(variables) }.ToJsonString()), CancellationToken.None);
        var expected = Encoding.UTF8.GetString(monolithBody);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"gateway: {actual}\nmonolith: {expected}");
        Assert.Equal(expected, actual);
    }

    private static IEnumerable<object[]> CasesIn(string set)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "Fixtures", set + "operations");
        foreach (var file in Directory.GetFiles(dir, "*.graphql").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (text.TrimStart().StartsWith("mutation", StringComparison.Ordinal))
            {
                continue;
            }

            yield return [Path.GetFileNameWithoutExtension(file), true];
            if (text.Contains("Boolean", StringComparison.Ordinal))
            {
                yield return [Path.GetFileNameWithoutExtension(file), false];
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Execute_ShopOperation_EqualsMonolith(string operation, bool booleans)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "shopoperations", operation + ".graphql"));
        var variables = Variables(text, booleans);
        var gateway = new GatewayHarness();

        var actual = await gateway.RunAsync(text, variables);
        var (_, monolithBody) = await ShopMonolith.Create().HandleAsync(Encoding.UTF8.GetBytes(new JsonObject { ["query"] = text, ["variables"] = JsonNode.Parse(variables) }.ToJsonString()), CancellationToken.None);
        var expected = Encoding.UTF8.GetString(monolithBody);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"gateway: {actual}\nmonolith: {expected}");
        Assert.Equal(expected, actual);
    }

    private static string Variables(string text, bool booleans)
    {
        var operation = Parser.Parse(text).Definitions.OfType<GraphQLOperationDefinition>().Single();
        var result = new JsonObject();
        foreach (var v in operation.Variables?.Items ?? [])
        {
            var type = v.Type is GraphQLNonNullType nn ? nn.Type : v.Type;
            var name = ((GraphQLNamedType)type).Name.StringValue;
            JsonNode? value = name switch
            {
                "Boolean" => booleans,
                "Int" => 2,
                "ID" => "2",
                _ => "x",
            };
            if (v.DefaultValue is null || name == "Boolean")
            {
                result[v.Variable.Name.StringValue] = value;
            }
        }

        return result.ToJsonString();
    }
}
