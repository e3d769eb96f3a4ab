namespace GraphGateway.Execution.Results;

/// <summary>
/// Hands out the result-tree nodes (<see cref="ResultObject"/>, <see cref="ResultList"/>, <see cref="RawValue"/>) of one
/// subgraph response, or of one request's own objects, and takes them all back at once (<see cref="Reset"/>) when the
/// request's response has been written. Arenas live in a pooled <see cref="ResultArenaSet"/>, one per fetch of a
/// request, so a request of a repeated shape builds its tree from reused nodes instead of allocating about two thousand
/// objects (issue 7: a cached-plan request allocates less than twice its response size).
/// Not thread-safe: one arena is used by one fetch at a time. Bounded: an arena keeps at most
/// <see cref="MaxKeptNodes"/> nodes of each kind, drops objects that grew past <see cref="MaxKeptFields"/> fields and
/// lists past <see cref="MaxKeptListItems"/> items, and after each use keeps no more than that use needed or half of
/// what it kept before, so one pathological response cannot pin its memory.
/// </summary>
internal sealed class ResultArena
{
    /// <summary>Most nodes of each kind an arena keeps for reuse; nodes beyond it are left to the GC.</summary>
    public const int MaxKeptNodes = 4096;

    /// <summary>An object that held more fields than this is not reused (its dictionary would stay that large).</summary>
    public const int MaxKeptFields = 64;

    /// <summary>A list that held more items than this is not reused.</summary>
    public const int MaxKeptListItems = 1024;

    private readonly List<ResultObject> _objects = [];
    private readonly List<ResultList> _lists = [];
    private readonly List<RawValue> _raws = [];
    private int _objectsUsed;
    private int _listsUsed;
    private int _rawsUsed;

    /// <summary>An empty object.</summary>
    public ResultObject NewObject()
    {
        if (_objectsUsed < _objects.Count)
        {
            return _objects[_objectsUsed++];
        }

        var obj = new ResultObject();
        if (_objects.Count < MaxKeptNodes)
        {
            _objects.Add(obj);
            _objectsUsed++;
        }

        return obj;
    }

    /// <summary>An empty list.</summary>
    public ResultList NewList()
    {
        if (_listsUsed < _lists.Count)
        {
            return _lists[_listsUsed++];
        }

        var list = new ResultList([]);
        if (_lists.Count < MaxKeptNodes)
        {
            _lists.Add(list);
            _listsUsed++;
        }

        return list;
    }

    /// <summary>A scalar over <paramref name="json"/>.</summary>
    public RawValue NewRaw(ReadOnlyMemory<byte> json)
    {
        if (_rawsUsed < _raws.Count)
        {
            var reused = _raws[_rawsUsed++];
            reused.Json = json;
            return reused;
        }

        var raw = new RawValue(json);
        if (_raws.Count < MaxKeptNodes)
        {
            _raws.Add(raw);
            _rawsUsed++;
        }

        return raw;
    }

    /// <summary>Empties every node handed out, for reuse; nothing handed out may be read afterwards.</summary>
    public void Reset()
    {
        for (var i = 0; i < _objectsUsed; i++)
        {
            if (_objects[i].Capacity > MaxKeptFields)
            {
                _objects[i] = new ResultObject();
            }
            else
            {
                _objects[i].Reset();
            }
        }

        for (var i = 0; i < _listsUsed; i++)
        {
            if (_lists[i].Items.Count > MaxKeptListItems)
            {
                _lists[i] = new ResultList([]);
            }
            else
            {
                _lists[i].Items.Clear();
            }
        }

        for (var i = 0; i < _rawsUsed; i++)
        {
            _raws[i].Json = default;
        }

        // A pooled arena may serve another plan's fetch next; keep what this use needed (or half of what was kept, if
        // more), so it does not stay as large as the largest fetch it ever served.
        Trim(_objects, _objectsUsed);
        Trim(_lists, _listsUsed);
        Trim(_raws, _rawsUsed);

        _objectsUsed = 0;
        _listsUsed = 0;
        _rawsUsed = 0;
    }

    private static void Trim<T>(List<T> nodes, int used)
    {
        var keep = Math.Max(used, nodes.Count / 2);
        if (keep < nodes.Count)
        {
            nodes.RemoveRange(keep, nodes.Count - keep);
        }
    }
}
