using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphQLParser.AST;

namespace GraphGateway.Execution;

/// <summary>
/// Answers the introspection root fields <c>__schema</c> and <c>__type(name:)</c> from the API schema
/// (GraphQL spec §4.2). The executor calls it for each such root field that is not skipped, and it
/// writes that field's value (an object or null) at the writer's current position.
/// </summary>
public interface IIntrospectionWriter
{
    /// <summary>Writes the value of the root field <paramref name="field"/> (<c>__schema</c> or <c>__type</c>).</summary>
    /// <param name="writer">Positioned where the field's value goes.</param>
    /// <param name="field">The field as written by the client, with its selection set.</param>
    /// <param name="operation">The operation (fragments, coerced variables for <c>@skip</c>/<c>@include</c> and arguments).</param>
    void WriteField(Utf8JsonWriter writer, GraphQLField field, ValidatedOperation operation);
}
