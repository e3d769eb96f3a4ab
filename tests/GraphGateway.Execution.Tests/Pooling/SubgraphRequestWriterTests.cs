using GraphGateway.TestSupport;
using System.Buffers;
using System.Text;
using System.Text.Json;
using GraphGateway.Execution.Executor;
using GraphGateway.Execution.Tests.Fakes;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Tests.Pooling;

/// <summary>
/// <see cref="SubgraphRequestWriter"/> copies a per-fetch-node encoded prefix and writes only the variables: its bodies
/// must equal, byte for byte, the body written in one go by <see cref="Utf8JsonWriter"/>.
/// </summary>
public sealed class SubgraphRequestWriterTests
{
    [Fact]
    public void Write_RootFetchWithStringArgumentAndVariables_EqualsOneGoBody()
    {
        var operation = TestOperation.Create("""query Q($n: Int) { user(id: "2\"quoted\"") { name } topProducts(first: $n) { name } }""", """{"n":2}""");
        var plan = new GatewayHarness().Executor.GetPlan(operation);
        var fetches = plan.Fetches.Where(f => !f.IsEntityFetch).ToList();

        Assert.Equal(2, fetches.Count);
        foreach (var fetch in fetches)
        {
            var body = SubgraphRequestWriter.Write(fetch, null, operation.Variables);
            var again = SubgraphRequestWriter.Write(fetch, null, operation.Variables);

            Assert.Equal(OneGo(fetch, null, operation.Variables), Encoding.UTF8.GetString(body.Span));
            Assert.Equal(Encoding.UTF8.GetString(body.Span), Encoding.UTF8.GetString(again.Span));
        }

        Assert.Contains(fetches, f => f.OperationText.Contains("\\\"quoted\\\"", StringComparison.Ordinal));
        Assert.Contains(fetches, f => f.VariableUsages.Contains("n"));
    }

    [Fact]
    public void Write_EntityFetchWithRepresentations_EqualsOneGoBody()
    {
        var operation = TestOperation.Create("{ topProducts(first: 2) { name inStock } }");
        var plan = new GatewayHarness().Executor.GetPlan(operation);
        var fetch = plan.Fetches.Single(f => f.IsEntityFetch);
        var set = new RepresentationSet();
        foreach (var upc in new[] { "1", "2", "1" })
        {
            var writer = set.Begin();
            writer.WriteStartObject();
            writer.WriteString("__typename", "Product");
            writer.WriteString("upc", upc);
            writer.WriteEndObject();
            set.Commit();
        }

        var body = Encoding.UTF8.GetString(SubgraphRequestWriter.Write(fetch, set, operation.Variables).Span);

        Assert.Equal(OneGo(fetch, set, operation.Variables), body);
        Assert.Contains("""{"representations":[{"__typename":"Product","upc":"1"},{"__typename":"Product","upc":"2"}]""", body, StringComparison.Ordinal);
    }

    /// <summary>The body written in one pass, as the writer did before the prefix was cached.</summary>
    private static string OneGo(FetchNode fetch, RepresentationSet? representations, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", fetch.OperationText);
            if (fetch.OperationName is not null)
            {
                writer.WriteString("operationName", fetch.OperationName);
            }

            if (representations is not null || fetch.VariableUsages.Count > 0)
            {
                writer.WriteStartObject("variables");
                if (representations is not null)
                {
                    writer.WriteStartArray("representations");
                    for (var i = 0; i < representations.Count; i++)
                    {
                        writer.WriteRawValue(representations[i]);
                    }

                    writer.WriteEndArray();
                }

                foreach (var name in fetch.VariableUsages)
                {
                    if (variables.TryGetValue(name, out var value))
                    {
                        writer.WritePropertyName(name);
                        value.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
