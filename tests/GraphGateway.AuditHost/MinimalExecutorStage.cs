using System.Buffers;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Execution;
using GraphGateway.Execution.Pipeline;
using GraphQLParser.AST;

namespace GraphGateway.AuditHost;

/// <summary>
/// A pipeline stage for hosts without subgraphs, put in place of the plan stage: answers root <c>__typename</c>,
/// <c>__schema</c> and <c>__type</c> (through the snapshot's introspection writer) and <c>null</c> for every other root
/// field, and sets the response itself (the execute, complete and write stages then do nothing). Root-level fragments
/// and <c>@skip</c>/<c>@include</c> (literal or variable) are honoured.
/// </summary>
public sealed class MinimalExecutorStage : IGatewayStage
{
    /// <inheritdoc />
    public string Name => "minimal-executor";

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        var operation = context.Operation!;
        var introspection = context.Snapshot!.Introspection;
        var rootType = context.Snapshot.ApiSchema.RootTypeName(operation.Kind)!;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("data");
            var written = new HashSet<string>(StringComparer.Ordinal);
            WriteSelections(writer, operation.Operation.SelectionSet, operation, introspection, rootType, written, []);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        context.Response = ResponseBody.FromBytes(buffer.WrittenMemory.ToArray());
        return default;
    }

    private static void WriteSelections(Utf8JsonWriter writer, GraphQLSelectionSet set, ValidatedOperation operation, IIntrospectionWriter introspection, string rootType,
        HashSet<string> written, HashSet<string> fragments)
    {
        foreach (var selection in set.Selections)
        {
            if (selection is IHasDirectivesNode d && !Included(d.Directives, operation))
            {
                continue;
            }

            switch (selection)
            {
                case GraphQLField field:
                    var responseName = (field.Alias?.Name ?? field.Name).StringValue;
                    if (!written.Add(responseName))
                    {
                        continue;
                    }

                    writer.WritePropertyName(responseName);
                    switch (field.Name.StringValue)
                    {
                        case "__typename":
                            writer.WriteStringValue(rootType);
                            break;
                        case "__schema" or "__type":
                            introspection.WriteField(writer, field, operation);
                            break;
                        default:
                            writer.WriteNullValue();
                            break;
                    }

                    break;
                case GraphQLInlineFragment inline:
                    WriteSelections(writer, inline.SelectionSet, operation, introspection, rootType, written, fragments);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (fragments.Add(name) && operation.Fragments.TryGetValue(name, out var fragment))
                    {
                        WriteSelections(writer, fragment.SelectionSet, operation, introspection, rootType, written, fragments);
                    }

                    break;
            }
        }
    }

    private static bool Included(GraphQLDirectives? directives, ValidatedOperation operation)
    {
        foreach (var d in directives?.Items ?? [])
        {
            var name = d.Name.StringValue;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var value = d.Arguments?.Items.Find(a => a.Name.StringValue == "if")?.Value;
            var condition = value switch
            {
                GraphQLBooleanValue b => b.BoolValue,
                GraphQLVariable v => operation.Variables.TryGetValue(v.Name.StringValue, out var e) && e.ValueKind == JsonValueKind.True,
                _ => false,
            };
            if ((name == "skip" && condition) || (name == "include" && !condition))
            {
                return false;
            }
        }

        return true;
    }
}
