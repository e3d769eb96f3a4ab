using System.Text;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Planner;

/// <summary>Turns the fetch dependency graph into Sequence/Parallel/Flatten nodes and writes each fetch's operation text.</summary>
internal sealed partial class PlanningRun
{
    private QueryPlan Schedule(int stages)
    {
        var nodes = new Dictionary<int, FetchNode>();
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
                var node = ToNode(f, nodes);
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

        var ordered = new List<FetchNode>();
        Collect(root, ordered);
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Index = i;
            WriteOperation(ordered[i]);
        }

        return new QueryPlan(_operation, root, _typenameKey, ordered);
    }

    private static void Collect(PlanNode? node, List<FetchNode> into)
    {
        switch (node)
        {
            case FetchNode f:
                into.Add(f);
                break;
            case FlattenNode fl:
                into.Add(fl.Node);
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

    private PlanNode ToNode(FetchBuilder f, Dictionary<int, FetchNode> nodes)
    {
        var fetch = new FetchNode(f.Subgraph, f.Kind, f.Selection, f.ParentId is null ? null : f.Requires);
        var variables = new SortedSet<string>(StringComparer.Ordinal);
        f.Selection.CollectVariables(variables);
        fetch.VariableUsages = variables.Where(_operation.VariableTypes.ContainsKey).ToList();
        nodes[f.Id] = fetch;
        PlanNode node = f.ParentId is null ? fetch : new FlattenNode(f.Path, fetch);
        if (SharedCondition(f) is { } c)
        {
            node = c.Include ? new ConditionNode(c.Variable, node, null) : new ConditionNode(c.Variable, null, node);
        }

        return node;
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
            else if (item is KeyValuePair<string, SubgraphSelection> fragment)
            {
                foreach (var inner in fragment.Value.Items)
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

    private void WriteOperation(FetchNode fetch)
    {
        var sb = new StringBuilder();
        var isEntity = fetch.IsEntityFetch;
        var hasDefinitions = isEntity || fetch.VariableUsages.Count > 0;
        if (_operation.Name is { } name)
        {
            fetch.OperationName = name + "__" + fetch.Subgraph + "__" + fetch.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (fetch.OperationName is not null || hasDefinitions || fetch.OperationKind != "query")
        {
            sb.Append(fetch.OperationKind);
            if (fetch.OperationName is not null)
            {
                sb.Append(' ').Append(fetch.OperationName);
            }
        }

        if (hasDefinitions)
        {
            sb.Append('(');
            var first = true;
            if (isEntity)
            {
                sb.Append("$representations:[_Any!]!");
                first = false;
            }

            foreach (var v in fetch.VariableUsages)
            {
                if (!first)
                {
                    sb.Append(',');
                }

                first = false;
                sb.Append('$').Append(v).Append(':').Append(_operation.VariableTypes[v]);
            }

            sb.Append(')');
        }

        if (isEntity)
        {
            sb.Append("{_entities(representations:$representations)");
            fetch.Selection.PrintCompact(sb);
            sb.Append('}');
        }
        else
        {
            fetch.Selection.PrintCompact(sb);
        }

        fetch.OperationText = sb.ToString();
        var key = new StringBuilder(fetch.Subgraph).Append('\n');
        key.Append(fetch.OperationName is null ? fetch.OperationText : fetch.OperationText.Replace(fetch.OperationName, string.Empty, StringComparison.Ordinal));
        foreach (var r in fetch.Requires ?? [])
        {
            key.Append('\n').Append(r.TypeName).Append(':').Append(r.RepresentationTypeName);
            AppendRequires(key, r.Fields);
        }

        fetch.BatchKey = key.ToString();
    }

    private static void AppendRequires(StringBuilder sb, IReadOnlyList<RequiresField> fields)
    {
        sb.Append('{');
        foreach (var f in fields)
        {
            sb.Append(f.Name).Append('=').Append(f.ResponseKey).Append(' ');
            if (f.Selection is not null)
            {
                AppendRequires(sb, f.Selection);
            }
        }

        sb.Append('}');
    }
}
