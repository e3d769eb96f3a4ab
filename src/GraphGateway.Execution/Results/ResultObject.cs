namespace GraphGateway.Execution.Results;

/// <summary>
/// An object in the merged result tree: subgraph values by response key, in insertion order. Values are
/// <see cref="ResultObject"/>, <see cref="ResultList"/>, <see cref="RawValue"/> (a JSON scalar as the subgraph wrote it)
/// or null. Fields live in one small array searched linearly (objects have a handful of fields, and response keys are
/// mostly the same shared strings, so a reference check usually decides); objects with more than
/// <see cref="IndexThreshold"/> fields add a dictionary index. Instances normally come from a <see cref="ResultArena"/>
/// and are reused by later requests once it is reset.
/// </summary>
internal sealed class ResultObject
{
    /// <summary>Field count from which lookups go through a dictionary instead of a linear search.</summary>
    public const int IndexThreshold = 16;

    private Entry[] _fields;
    private int _count;
    private Dictionary<string, int>? _index;

    public ResultObject(int capacity = 4) => _fields = new Entry[Math.Max(capacity, 1)];

    /// <summary>Number of fields.</summary>
    public int Count => _count;

    /// <summary>Fields the object can hold without growing.</summary>
    public int Capacity => _fields.Length;

    /// <summary>The <c>__typename</c> a subgraph reported (under the plan's typename key), or null.</summary>
    public string? Typename { get; set; }

    /// <summary>Response keys that a failed fetch should have filled (its error already explains their absence), or null.</summary>
    public HashSet<string>? FailedKeys { get; private set; }

    /// <summary>Sets the value of <paramref name="key"/> (added at the end when new).</summary>
    public object? this[string key]
    {
        set
        {
            var at = IndexOf(key);
            if (at >= 0)
            {
                _fields[at].Value = value;
            }
            else
            {
                Add(key, value);
            }
        }
    }

    /// <summary>The value of <paramref name="key"/>; false when the object has no such field.</summary>
    public bool TryGetValue(string key, out object? value)
    {
        var at = IndexOf(key);
        value = at >= 0 ? _fields[at].Value : null;
        return at >= 0;
    }

    /// <summary>The fields in insertion order (no allocation).</summary>
    public Enumerator GetEnumerator() => new(this);

    /// <summary>Records that a failed fetch should have filled <paramref name="keys"/>.</summary>
    public void MarkFailed(IEnumerable<string> keys)
    {
        FailedKeys ??= new HashSet<string>(StringComparer.Ordinal);
        FailedKeys.UnionWith(keys);
    }

    /// <summary>Empties the object for reuse (the array keeps its size).</summary>
    internal void Reset()
    {
        Array.Clear(_fields, 0, _count);
        _count = 0;
        _index = null;
        Typename = null;
        FailedKeys = null;
    }

    /// <summary>Merges <paramref name="source"/> into this object (objects and equally long lists deeply, other values replaced).</summary>
    public void Merge(ResultObject source)
    {
        if (source.Typename is not null)
        {
            Typename = source.Typename;
        }

        for (var i = 0; i < source._count; i++)
        {
            var (key, value) = source._fields[i];
            var at = IndexOf(key);
            if (at >= 0 && _fields[at].Value is var existing)
            {
                if (existing is ResultObject eo && value is ResultObject vo)
                {
                    eo.Merge(vo);
                    continue;
                }

                if (existing is ResultList el && value is ResultList vl && el.Items.Count == vl.Items.Count)
                {
                    MergeLists(el, vl);
                    continue;
                }
            }

            if (at >= 0)
            {
                _fields[at].Value = value;
            }
            else
            {
                Add(key, value);
            }
        }
    }

    private static void MergeLists(ResultList target, ResultList source)
    {
        for (var i = 0; i < target.Items.Count; i++)
        {
            var t = target.Items[i];
            var s = source.Items[i];
            if (t is ResultObject to && s is ResultObject so)
            {
                to.Merge(so);
            }
            else if (t is ResultList tl && s is ResultList sl && tl.Items.Count == sl.Items.Count)
            {
                MergeLists(tl, sl);
            }
            else if (t is null)
            {
                target.Items[i] = s;
            }
        }
    }

    private int IndexOf(string key)
    {
        if (_index is not null)
        {
            return _index.TryGetValue(key, out var found) ? found : -1;
        }

        var fields = _fields;
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(fields[i].Key, key))
            {
                return i;
            }
        }

        return -1;
    }

    private void Add(string key, object? value)
    {
        if (_count == _fields.Length)
        {
            Array.Resize(ref _fields, _fields.Length * 2);
        }

        _fields[_count] = new Entry(key, value);
        if (_index is not null)
        {
            _index[key] = _count;
        }
        else if (_count == IndexThreshold)
        {
            _index = new Dictionary<string, int>(_count * 2, StringComparer.Ordinal);
            for (var i = 0; i <= _count; i++)
            {
                _index[_fields[i].Key] = i;
            }
        }

        _count++;
    }

    /// <summary>One field: response key and value.</summary>
    private struct Entry(string key, object? value)
    {
        public readonly string Key = key;
        public object? Value = value;

        public readonly void Deconstruct(out string k, out object? v)
        {
            k = Key;
            v = Value;
        }
    }

    /// <summary>Enumerates fields as (key, value) pairs.</summary>
    public struct Enumerator(ResultObject owner)
    {
        private int _next = -1;

        public readonly KeyValuePair<string, object?> Current => new(owner._fields[_next].Key, owner._fields[_next].Value);

        public bool MoveNext() => ++_next < owner._count;
    }
}
