using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Execution.Introspection;

/// <summary>
/// An <see cref="IIntrospectionWriter"/> for dependency injection, independent of any one schema: it answers
/// from the API schema the operation was validated against (<see cref="OperationSchemas"/>), or, for operations
/// prepared elsewhere, from <paramref name="fallbackSchema"/> (e.g. the current snapshot's API schema).
/// One <see cref="SchemaIntrospectionWriter"/> is kept per schema instance (weakly).
/// </summary>
/// <param name="fallbackSchema">Returns the schema to use when the operation's schema is unknown; may return null.</param>
public sealed class ApiSchemaIntrospectionWriter(Func<Schema?>? fallbackSchema = null) : IIntrospectionWriter
{
    private readonly ConditionalWeakTable<Schema, SchemaIntrospectionWriter> _writers = new();

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">Neither the operation's schema nor a fallback schema is known.</exception>
    public void WriteField(Utf8JsonWriter writer, GraphQLField field, ValidatedOperation operation)
    {
        var schema = OperationSchemas.ApiSchemaOf(operation) ?? fallbackSchema?.Invoke()
            ?? throw new InvalidOperationException("The API schema of the operation is unknown; introspection cannot be answered.");
        _writers.GetValue(schema, static s => new SchemaIntrospectionWriter(s)).WriteField(writer, field, operation);
    }
}
