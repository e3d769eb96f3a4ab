using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// Writes the body of a fetch node's subgraph request (GraphQL over HTTP, POST <c>application/json</c>):
/// <c>{"query":"...","operationName":"...","variables":{"representations":[...],"v":...}}</c>. The part that never
/// changes for a fetch node — <c>{"query":...,"operationName":...</c> with the operation text escaped — is encoded once
/// per node and copied into each body; only the variables are written per request. Writing the query text per request
/// cost an escaping pass and a buffer sized for the worst-case escaped length on every subgraph call.
/// </summary>
internal static class SubgraphRequestWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    // Weak keys: a plan evicted from the cache takes its prefixes with it.
    private static readonly ConditionalWeakTable<FetchNode, byte[]> Prefixes = new();

    /// <summary>The request body for <paramref name="fetch"/>; <paramref name="representations"/> only for entity fetches.</summary>
    /// <param name="fetch">The fetch node.</param>
    /// <param name="representations">The distinct representations, or null for a root fetch.</param>
    /// <param name="variables">The client's coerced variables; those the fetch uses are sent.</param>
    public static ReadOnlyMemory<byte> Write(FetchNode fetch, RepresentationSet? representations, IReadOnlyDictionary<string, JsonElement> variables)
    {
        var prefix = Prefixes.GetValue(fetch, static f => EncodePrefix(f));
        var hasVariables = representations is not null || fetch.VariableUsages.Count > 0;
        // Utf8JsonWriter asks for at least a few hundred bytes at a time; leave it that much room so the buffer never grows.
        var size = prefix.Length + 1 + (hasVariables ? 1024 + (representations is null ? 0 : representations.ByteCount + representations.Count) : 0);
        var buffer = new ArrayBufferWriter<byte>(size);
        buffer.Write(prefix);
        if (hasVariables)
        {
            buffer.Write(",\"variables\":"u8);
            using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            writer.WriteStartObject();
            if (representations is not null)
            {
                writer.WriteStartArray("representations");
                for (var i = 0; i < representations.Count; i++)
                {
                    writer.WriteRawValue(representations[i], skipInputValidation: true);
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

        buffer.Write("}"u8);
        return buffer.WrittenMemory;
    }

    /// <summary><c>{"query":"...","operationName":"..."</c> — an object left open.</summary>
    private static byte[] EncodePrefix(FetchNode fetch)
    {
        var buffer = new ArrayBufferWriter<byte>(fetch.OperationText.Length + 64);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("query", fetch.OperationText);
            if (fetch.OperationName is not null)
            {
                writer.WriteString("operationName", fetch.OperationName);
            }
        }

        return buffer.WrittenSpan.ToArray();
    }
}
