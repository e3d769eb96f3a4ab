namespace GraphGateway.Core.Operations;

/// <summary>
/// A bounded, thread-safe cache of parsed and validated documents keyed by their text (ordinal equality, so two
/// documents share an entry only when their texts are equal), so a repeated operation is neither re-parsed nor
/// re-validated, and its SHA-256 (<see cref="CachedDocument.Hash"/>) is computed once. Lookups also take the text
/// as characters (<see cref="Get(ReadOnlySpan{char})"/>), so a request need not allocate a string to hit.
/// Least recently used entries are dropped first.
/// </summary>
public sealed class DocumentCache
{
    private readonly int _capacity;
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _map;
    private readonly Dictionary<string, LinkedListNode<CachedDocument>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly LinkedList<CachedDocument> _order = new();
    private readonly Lock _lock = new();

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents (at least 1).</summary>
    public DocumentCache(int capacity)
    {
        _capacity = Math.Max(1, capacity);
        _map = new Dictionary<string, LinkedListNode<CachedDocument>>(StringComparer.Ordinal);
        _bySpan = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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

    /// <summary>The entry whose text equals <paramref name="text"/>, or null.</summary>
    public CachedDocument? Get(string text) => Get(text.AsSpan());

    /// <summary>The entry whose text equals <paramref name="text"/>, or null.</summary>
    public CachedDocument? Get(ReadOnlySpan<char> text)
    {
        lock (_lock)
        {
            if (_bySpan.TryGetValue(text, out var node))
            {
                if (node != _order.First)
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                }

                return node.Value;
            }

            return null;
        }
    }

    /// <summary>Adds or replaces <paramref name="document"/>, dropping the least recently used entry when full.</summary>
    public void Add(CachedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        lock (_lock)
        {
            if (_map.TryGetValue(document.Text, out var existing))
            {
                _order.Remove(existing);
            }
            else if (_map.Count >= _capacity && _order.Last is { } last)
            {
                _order.RemoveLast();
                _map.Remove(last.Value.Text);
            }

            _map[document.Text] = _order.AddFirst(document);
        }
    }
}
