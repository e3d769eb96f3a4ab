using GraphGateway.Core.Errors;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Operations;

/// <summary>
/// A parsed document kept in the <see cref="DocumentCache"/>: the AST, its shape measures, the
/// introspection fields it uses, and the validation result against the schema it was last validated with.
/// Also keeps what every request for the document would otherwise rebuild: its fragments by name, a source
/// locator for error locations, and the last prepared operation without variables.
/// </summary>
public sealed class CachedDocument
{
    private volatile ValidationSlot? _validation;
    private volatile PreparedSlot? _prepared;
    private SourceText? _source;
    private Func<ASTNode, ErrorLocation>? _locate;

    internal CachedDocument(string hash, string text, GraphQLDocument document, DocumentMetrics metrics, IReadOnlyList<GraphQLError> introspectionFields)
    {
        Hash = hash;
        Text = text;
        Document = document;
        Metrics = metrics;
        IntrospectionFields = introspectionFields;
        Fragments = ValidatedOperation.CollectFragments(document);
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 text.</summary>
    public string Hash { get; }

    /// <summary>The document text.</summary>
    public string Text { get; }

    /// <summary>The parsed document (do not modify).</summary>
    public GraphQLDocument Document { get; }

    /// <summary>Depth, aliases and directive counts.</summary>
    public DocumentMetrics Metrics { get; }

    /// <summary>One error per <c>__schema</c>/<c>__type</c> field in the document, ready to report when introspection is off.</summary>
    public IReadOnlyList<GraphQLError> IntrospectionFields { get; }

    /// <summary>Fragment definitions of the document by name.</summary>
    internal IReadOnlyDictionary<string, GraphQLFragmentDefinition> Fragments { get; }

    /// <summary>Maps a node of <see cref="Document"/> to its 1-based line and column (one delegate per document).</summary>
    internal Func<ASTNode, ErrorLocation> Locate => _locate ??= Locator;

    /// <summary>The validation errors against <paramref name="schema"/>, computing them once per schema instance.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors(Schema schema, Func<IReadOnlyList<GraphQLError>> validate)
    {
        ArgumentNullException.ThrowIfNull(validate);
        return ValidationErrors(schema, validate, static (_, _, v) => v());
    }

    /// <summary>
    /// The validation errors against <paramref name="schema"/>, computing them once per schema instance with
    /// <paramref name="validate"/>(<paramref name="schema"/>, this document, <paramref name="state"/>).
    /// </summary>
    internal IReadOnlyList<GraphQLError> ValidationErrors<TState>(Schema schema, TState state, Func<Schema, CachedDocument, TState, IReadOnlyList<GraphQLError>> validate)
    {
        var slot = _validation;
        if (slot is not null && ReferenceEquals(slot.Schema, schema))
        {
            return slot.Errors;
        }

        var errors = validate(schema, this, state);
        _validation = new ValidationSlot(schema, errors);
        return errors;
    }

    /// <summary>The operation prepared last for <paramref name="schema"/> and <paramref name="operationName"/> by <see cref="RememberPrepared"/>, or null.</summary>
    internal PreparedOperation? FindPrepared(Schema schema, string? operationName)
    {
        var slot = _prepared;
        return slot is not null && ReferenceEquals(slot.Schema, schema) && string.Equals(slot.OperationName, operationName, StringComparison.Ordinal)
            ? slot.Prepared
            : null;
    }

    /// <summary>Keeps <paramref name="prepared"/> (an operation without variable definitions, so the same for every request) for reuse.</summary>
    internal void RememberPrepared(Schema schema, string? operationName, PreparedOperation prepared) =>
        _prepared = new PreparedSlot(schema, operationName, prepared);

    private ErrorLocation Locator(ASTNode node)
    {
        var source = Volatile.Read(ref _source);
        if (source is null)
        {
            source = new SourceText(Text, null);
            Volatile.Write(ref _source, source);
        }

        var l = source.Locate(node.Location.Start);
        return new ErrorLocation(l.Line, l.Column);
    }

    private sealed record ValidationSlot(Schema Schema, IReadOnlyList<GraphQLError> Errors);

    private sealed record PreparedSlot(Schema Schema, string? OperationName, PreparedOperation Prepared);
}
