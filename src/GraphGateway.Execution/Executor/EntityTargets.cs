using GraphGateway.Execution.Results;
using GraphGateway.Planning.Plans;
using Microsoft.Extensions.ObjectPool;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// The objects one entity fetch completes: every <see cref="ResultObject"/> found at the paths of its flatten nodes
/// (<c>@</c> steps through list items), each with the representation it is sent as (an index into
/// <see cref="Representations"/>, or -1 when it cannot be represented). The list indices along each object's path
/// are kept as plain integers, so an error's <c>_entities</c> path can be rewritten to the client's path
/// (<see cref="Path"/>) without building path objects for every object. Pooled (<see cref="Rent"/>/<see cref="Return"/>);
/// not thread-safe.
/// </summary>
internal sealed class EntityTargets
{
    private const int MaxPooled = 256;
    private const int MaxKeptTargets = 16 * 1024;
    private static readonly ObjectPool<EntityTargets> Pool = new DefaultObjectPool<EntityTargets>(new Policy(), MaxPooled);

    private readonly List<Target> _targets = [];
    private readonly List<int> _indices = [];
    private readonly List<int> _stack = [];
    private readonly List<int> _lastUse = [];

    /// <summary>The distinct representations of the targets.</summary>
    public RepresentationSet Representations { get; } = new();

    /// <summary>Number of objects found.</summary>
    public int Count => _targets.Count;

    /// <summary>An empty instance from the pool.</summary>
    public static EntityTargets Rent() => Pool.Get();

    /// <summary>Empties <paramref name="targets"/> and gives it back to the pool.</summary>
    public static void Return(EntityTargets targets) => Pool.Return(targets);

    /// <summary>The object found <paramref name="index"/>th.</summary>
    public ResultObject Object(int index) => _targets[index].Object;

    /// <summary>The representation of target <paramref name="index"/>, or -1.</summary>
    public int RepresentationOf(int index) => _targets[index].Representation;

    /// <summary>True when target <paramref name="index"/> is the last one sent as its representation (it may take the result itself; others take copies).</summary>
    public bool IsLastUse(int index) => _targets[index].Representation is var r and >= 0 && _lastUse[r] == index;

    /// <summary>Finds the objects at the paths of <paramref name="flattens"/> in <paramref name="data"/>, in path order.</summary>
    public void Collect(ResultObject data, IReadOnlyList<FlattenNode> flattens)
    {
        for (var f = 0; f < flattens.Count; f++)
        {
            Walk(data, flattens[f].Path, 0, f);
        }
    }

    /// <summary>Records the representation of target <paramref name="index"/> (-1: not sent).</summary>
    public void SetRepresentation(int index, int representation)
    {
        _targets[index] = _targets[index] with { Representation = representation };
        if (representation < 0)
        {
            return;
        }

        while (_lastUse.Count <= representation)
        {
            _lastUse.Add(-1);
        }

        _lastUse[representation] = index;
    }

    /// <summary>The client's response path of target <paramref name="index"/> (keys and list indexes).</summary>
    public List<object> Path(int index, IReadOnlyList<FlattenNode> flattens)
    {
        var target = _targets[index];
        var steps = flattens[target.Flatten].Path;
        var path = new List<object>(steps.Count);
        var next = target.IndexOffset;
        foreach (var step in steps)
        {
            path.Add(step == "@" ? _indices[next++] : step);
        }

        return path;
    }

    private void Walk(object? value, IReadOnlyList<string> path, int depth, int flatten)
    {
        if (depth == path.Count)
        {
            if (value is ResultObject found)
            {
                _targets.Add(new Target(found, flatten, _indices.Count, -1));
                _indices.AddRange(_stack);
            }

            return;
        }

        var segment = path[depth];
        if (segment == "@")
        {
            if (value is ResultList list)
            {
                for (var i = 0; i < list.Items.Count; i++)
                {
                    _stack.Add(i);
                    Walk(list.Items[i], path, depth + 1, flatten);
                    _stack.RemoveAt(_stack.Count - 1);
                }
            }

            return;
        }

        if (value is ResultObject obj && obj.TryGetValue(segment, out var child))
        {
            Walk(child, path, depth + 1, flatten);
        }
    }

    private void Reset()
    {
        var trim = _targets.Count > MaxKeptTargets;
        _targets.Clear();
        _indices.Clear();
        if (trim)
        {
            _targets.Capacity = 0;
            _indices.Capacity = 0;
        }

        _stack.Clear();
        _lastUse.Clear();
        Representations.Reset();
    }

    /// <summary>One object found: where (flatten node, offset of its list indexes) and how it is sent.</summary>
    private readonly record struct Target(ResultObject Object, int Flatten, int IndexOffset, int Representation);

    private sealed class Policy : PooledObjectPolicy<EntityTargets>
    {
        public override EntityTargets Create() => new();

        public override bool Return(EntityTargets targets)
        {
            targets.Reset();
            return true;
        }
    }
}
