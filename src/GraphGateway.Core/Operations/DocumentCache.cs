using GraphGateway.Core.Errors;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Operations;

/// <summary>
/// A parsed document kept in the <see cref="DocumentCache"/>: the AST, its shape measures, the
/// introspection fields it uses, and the validation result against the schema it was last validated with.
/// </summary>
public sealed class CachedDocument
{
    private volatile ValidationSlot? _validation;

    internal CachedDocument(string hash, string text, GraphQLDocument document, DocumentMetrics metrics, IReadOnlyList<GraphQLError> introspectionFields)
    {
        Hash = hash;
        Text = text;
        Document = document;
        Metrics = metrics;
        IntrospectionFields = introspectionFields;
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

    /// <summary>The validation errors against <paramref name="schema"/>, computing them once per schema instance.</summary>
    public IReadOnlyList<GraphQLError> ValidationErrors(Schema schema, Func<IReadOnlyList<GraphQLError>> validate)
    {
        var slot = _validation;
        if (slot is not null && ReferenceEquals(slot.Schema, schema))
        {
            return slot.Errors;
        }

        var errors = validate();
        _validation = new ValidationSlot(schema, errors);
        return errors;
    }

    private sealed record ValidationSlot(Schema Schema, IReadOnlyList<GraphQLError> Errors);
}

/// <summary>
/// A bounded, thread-safe cache of parsed and validated documents keyed by document hash, so a repeated
/// operation is neither re-parsed nor re-validated. Least recently used entries are dropped first.
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _map = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents (at least 1).</summary>
    public DocumentCache(int capacity) => _capacity = Math.Max(1, capacity);

    /// <summary>Entries currently held.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _map.Count;
            }
        }
    }

    /// <summary>The entry for <paramref name="hash"/> whose text equals <paramref name="text"/>, or null.</summary>
    public CachedDocument? Get(string hash, string text)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(hash, out var node) && node.Value.Text == text)
            {
                _order.Remove(node);
                _order.AddFirst(node);
                return node.Value;
            }

            return null;
        }
    }

    /// <summary>Adds or replaces <paramref name="document"/>, dropping the least recently used entry when full.</summary>
    public void Add(CachedDocument document)
    {
        lock (_lock)
        {
            if (_map.TryGetValue(document.Hash, out var existing))
            {
                _order.Remove(existing);
            }
            else if (_map.Count >= _capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.Hash);
            }

            _map[document.Hash] = _order.AddFirst(document);
        }
    }
}
