using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphGateway.TestSupport;

/// <summary>Builds <see cref="ValidatedOperation"/>s for tests (the documents are valid by construction).</summary>
public static class TestOperation
{
    /// <summary>Parses <paramref name="text"/> (valid by construction) and applies variable defaults as coercion would.</summary>
    public static ValidatedOperation Create(string text, string? variablesJson = null, string? operationName = null)
    {
        var document = Parser.Parse(text);
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = operationName is null ? operations.Single() : operations.Single(o => o.Name?.StringValue == operationName);
        var variables = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (variablesJson is not null)
        {
            foreach (var p in JsonDocument.Parse(variablesJson).RootElement.EnumerateObject())
            {
                variables[p.Name] = p.Value.Clone();
            }
        }

        // Defaults of variables not given (what coercion does).
        foreach (var v in operation.Variables?.Items ?? [])
        {
            var name = v.Variable.Name.StringValue;
            if (!variables.ContainsKey(name) && v.DefaultValue is { } d)
            {
                variables[name] = JsonDocument.Parse(ToJson(d)).RootElement.Clone();
            }
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new ValidatedOperation(document, operation, operationName, hash, variables);
    }

    private static string ToJson(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => JsonSerializer.Serialize(s.Value.ToString()),
        GraphQLEnumValue e => JsonSerializer.Serialize(e.Name.StringValue),
        GraphQLNullValue => "null",
        GraphQLBooleanValue b => b.BoolValue ? "true" : "false",
        GraphQLListValue l => "[" + string.Join(",", (l.Values ?? []).Select(ToJson)) + "]",
        GraphQLObjectValue o => "{" + string.Join(",", (o.Fields ?? []).Select(f => JsonSerializer.Serialize(f.Name.StringValue) + ":" + ToJson(f.Value))) + "}",
        _ => Core.Schemas.ValuePrinter.Print(value),
    };
}
