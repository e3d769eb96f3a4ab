using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Planner;

/// <summary>Turns the fetch dependency graph into Sequence/Parallel/Flatten/Condition nodes around complete fetch nodes.</summary>
internal sealed partial class PlanningRun
{
    private QueryPlan Schedule(int stages)
    {
        var stageNodes = new List<PlanNode>();
        for (var stage = 0; stage < stages; stage++)
        {
            var inStage = _fetches.Where(f => f.Stage == stage && !f.Selection.IsEmpty).ToList();
            var level = new Dictionary<int, int>();
            int Level(FetchBuilder f, int guard)
            {
                if (guard > _fetches.Count)
                {
                    throw new PlanningException("Internal planning error: fetch dependencies form a cycle.");
                }

                if (level.TryGetValue(f.Id, out var l))
                {
                    return l;
                }

                l = 0;
                foreach (var d in f.DependsOn)
                {
                    var dep = _fetches[d];
                    if (dep.Stage == stage && !dep.Selection.IsEmpty)
                    {
                        l = Math.Max(l, Level(dep, guard + 1) + 1);
                    }
                }

                level[f.Id] = l;
                return l;
            }

            var levels = new SortedDictionary<int, List<PlanNode>>();
            foreach (var f in inStage)
            {
                var node = ToNode(f);
                var l = Level(f, 0);
                if (!levels.TryGetValue(l, out var list))
                {
                    list = [];
                    levels[l] = list;
                }

                list.Add(node);
            }

            var sequence = levels.Values.Select(list => list.Count == 1 ? list[0] : new ParallelNode(list)).ToList();
            if (sequence.Count > 0)
            {
                stageNodes.AddRange(sequence);
            }
        }

        PlanNode? root = stageNodes.Count switch
        {
            0 => null,
            1 => stageNodes[0],
            _ => new SequenceNode(stageNodes),
        };

        // Fetch nodes are complete when constructed: number them in plan order first, then build them.
        var pending = new List<FetchBuilder>();
        Collect(root, pending);
        var ordered = new List<FetchNode>(pending.Count);
        var built = new Dictionary<int, FetchNode>();
        foreach (var f in pending)
        {
            var fetch = new FetchNode(ordered.Count, f.Subgraph, f.Kind, f.Selection, f.ParentId is null ? null : f.Requires, _operation.Name, _operation.VariableTypes);
            built[f.Id] = fetch;
            ordered.Add(fetch);
        }

        return new QueryPlan(_operation, Materialize(root, built), _typenameKey, ordered);
    }

    /// <summary>The fetches of <paramref name="node"/> in plan order.</summary>
    private static void Collect(PlanNode? node, List<FetchBuilder> into)
    {
        switch (node)
        {
            case PendingFetch f:
                into.Add(f.Builder);
                break;
            case SequenceNode s:
                s.Nodes.ToList().ForEach(n => Collect(n, into));
                break;
            case ParallelNode p:
                p.Nodes.ToList().ForEach(n => Collect(n, into));
                break;
            case ConditionNode c:
                Collect(c.IfTrue, into);
                Collect(c.IfFalse, into);
                break;
        }
    }

    /// <summary>The plan tree with each <see cref="PendingFetch"/> replaced by its fetch node (under a flatten node for entity fetches).</summary>
    private static PlanNode? Materialize(PlanNode? node, Dictionary<int, FetchNode> built) => node switch
    {
        null => null,
        PendingFetch { Builder: var f } => f.ParentId is null ? built[f.Id] : new FlattenNode(f.Path, built[f.Id]),
        SequenceNode s => new SequenceNode(s.Nodes.Select(n => Materialize(n, built)!).ToList()),
        ParallelNode p => new ParallelNode(p.Nodes.Select(n => Materialize(n, built)!).ToList()),
        ConditionNode c => new ConditionNode(c.Variable, Materialize(c.IfTrue, built), Materialize(c.IfFalse, built)),
        _ => node,
    };

    private static PlanNode ToNode(FetchBuilder f)
    {
        PlanNode node = new PendingFetch(f);
        if (SharedCondition(f) is { } c)
        {
            node = c.Include ? new ConditionNode(c.Variable, node, null) : new ConditionNode(c.Variable, null, node);
        }

        return node;
    }

    /// <summary>A fetch in the plan tree before fetch nodes are numbered and built.</summary>
    private sealed class PendingFetch(FetchBuilder builder) : PlanNode
    {
        public FetchBuilder Builder { get; } = builder;
    }

    /// <summary>The one condition every field of the fetch carries, if any: then the whole fetch is skipped when it fails.</summary>
    private static Condition? SharedCondition(FetchBuilder f)
    {
        Condition? shared = null;
        var any = false;
        foreach (var field in TopFields(f))
        {
            if (field.Name == "__typename" && f.ParentId is not null)
            {
                continue;
            }

            if (field.PrintedConditions.Count != 1)
            {
                return null;
            }

            if (any && shared != field.PrintedConditions[0])
            {
                return null;
            }

            shared = field.PrintedConditions[0];
            any = true;
        }

        return shared;
    }

    private static IEnumerable<SubgraphField> TopFields(FetchBuilder f)
    {
        foreach (var item in f.Selection.Items)
        {
            if (item is SubgraphField sf)
            {
                yield return sf;
            }
            else if (item is SubgraphFragment fragment)
            {
                foreach (var inner in fragment.Selection.Items)
                {
                    if (inner is SubgraphField isf)
                    {
                        yield return isf;
                    }
                    else
                    {
                        yield break;
                    }
                }
            }
        }
    }
}
