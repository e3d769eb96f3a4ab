using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Planner;

/// <summary>The state of planning one operation: fetches being built and their dependencies.</summary>
internal sealed partial class PlanningRun
{
    private const int Infinite = 1_000_000;
    private readonly FederationRules _rules;
    private readonly Schema _api;
    private readonly NormalizedOperation _operation;
    private readonly QueryPlannerOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly List<FetchBuilder> _fetches = [];
    private readonly Dictionary<string, FetchBuilder> _childFetches = new(StringComparer.Ordinal);
    private readonly string _prefix;
    private readonly string _typenameKey;
    private int _evaluated;

    public PlanningRun(FederationRules rules, Schema api, NormalizedOperation operation, QueryPlannerOptions options, CancellationToken cancellationToken)
    {
        _rules = rules;
        _api = api;
        _operation = operation;
        _options = options;
        _cancellationToken = cancellationToken;
        _prefix = operation.InternalPrefix;
        _typenameKey = UsesTypenameAsAlias(operation.Root) ? _prefix + "__typename" : "__typename";
    }

    public QueryPlan Build()
    {
        if (_operation.Kind == OperationKind.Subscription)
        {
            throw new PlanningException("Subscriptions are not supported by this gateway yet.");
        }

        var rootType = _operation.RootTypeName;
        var fields = FieldCollector.Collect([_operation.Root], rootType, _api, null);
        var isMutation = _operation.Kind == OperationKind.Mutation;
        FetchBuilder? last = null;
        var stage = 0;
        foreach (var cf in fields)
        {
            if (cf.Field.IsTypename || cf.Field.IsIntrospection)
            {
                continue;
            }

            Tick();
            var subgraph = ChooseRootSubgraph(rootType, cf, isMutation ? last?.Subgraph : null);
            FetchBuilder fetch;
            if (isMutation)
            {
                if (last is null || last.Subgraph != subgraph)
                {
                    last = NewFetch(subgraph, null, [], isMutation ? OperationKind.Mutation : OperationKind.Query, stage++);
                }

                fetch = last;
            }
            else
            {
                fetch = _fetches.Find(f => f.ParentId is null && f.Subgraph == subgraph) ?? NewFetch(subgraph, null, [], OperationKind.Query, 0);
            }

            PlanField(fetch, fetch.Selection, rootType, cf, [], null);
        }

        return Schedule(stage == 0 ? 1 : stage);
    }

    private string ChooseRootSubgraph(string rootType, CollectedField cf, string? preferred)
    {
        string? best = null;
        var bestCost = Infinite;
        foreach (var s in _rules.Model.Subgraphs)
        {
            if (!_rules.CanResolve(s.Name, rootType, cf.Field.Name))
            {
                continue;
            }

            var cost = SubtreeCost(s.Name, cf, _rules.Provides(s.Name, rootType, cf.Field.Name), 0);
            if (s.Name == preferred || _fetches.Exists(f => f.ParentId is null && f.Subgraph == s.Name))
            {
                cost = Math.Max(0, cost * 2 - 1);
            }
            else
            {
                cost *= 2;
            }

            if (best is null || cost < bestCost)
            {
                best = s.Name;
                bestCost = cost;
            }
        }

        return best ?? throw new PlanningException($"No subgraph can resolve the root field \"{rootType}.{cf.Field.Name}\".");
    }

    private FetchBuilder NewFetch(string subgraph, int? parentId, List<string> path, OperationKind kind, int stage)
    {
        var f = new FetchBuilder(_fetches.Count, subgraph, parentId, path, kind, stage);
        _fetches.Add(f);
        return f;
    }

    private FetchBuilder ChildFetch(FetchBuilder parent, string subgraph, List<string> path)
    {
        var key = parent.Id + "|" + subgraph + "|" + string.Join('.', path);
        if (!_childFetches.TryGetValue(key, out var child))
        {
            child = NewFetch(subgraph, parent.Id, path, OperationKind.Query, parent.Stage);
            child.DependsOn.Add(parent.Id);
            _childFetches[key] = child;
        }

        return child;
    }

    private void Tick()
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (++_evaluated > _options.MaxEvaluatedOptions)
        {
            throw new PlanningException($"The operation is too complex to plan: more than {_options.MaxEvaluatedOptions} options evaluated (QueryPlannerOptions.MaxEvaluatedOptions).");
        }
    }

    private static bool UsesTypenameAsAlias(SelectionSet set)
    {
        foreach (var item in set.Items)
        {
            switch (item)
            {
                case FieldSelection f when f.ResponseKey == "__typename" && f.Name != "__typename":
                    return true;
                case FieldSelection { SelectionSet: { } sub } when UsesTypenameAsAlias(sub):
                    return true;
                case FragmentSelection fr when UsesTypenameAsAlias(fr.SelectionSet):
                    return true;
            }
        }

        return false;
    }

    private static List<string> Append(List<string> path, FieldSelection field) => Append(path, field.ResponseKey, field.Type);

    private static List<string> Append(List<string> path, string responseKey, Core.Schemas.TypeRef type)
    {
        var result = new List<string>(path.Count + 2);
        result.AddRange(path);
        result.Add(responseKey);
        var t = type;
        while (true)
        {
            if (t.Kind == TypeRefKind.NonNull)
            {
                t = t.OfType!;
            }
            else if (t.Kind == TypeRefKind.List)
            {
                result.Add("@");
                t = t.OfType!;
            }
            else
            {
                break;
            }
        }

        return result;
    }

    private bool IsComposite(string typeName) => _rules.Supergraph.Type(typeName) is { IsLeaf: false };

    /// <summary>A fetch node under construction.</summary>
    internal sealed class FetchBuilder(int id, string subgraph, int? parentId, List<string> path, OperationKind kind, int stage)
    {
        public int Id { get; } = id;

        public string Subgraph { get; } = subgraph;

        public int? ParentId { get; } = parentId;

        public List<string> Path { get; } = path;

        public OperationKind Kind { get; } = kind;

        public int Stage { get; } = stage;

        public SubgraphSelection Selection { get; } = new();

        public List<RequiresFragment> Requires { get; } = [];

        public HashSet<int> DependsOn { get; } = [];

        public void AddRequires(string typeName, string representationType, List<RequiresField> fields)
        {
            var i = Requires.FindIndex(r => r.TypeName == typeName && r.RepresentationTypeName == representationType);
            if (i < 0)
            {
                Requires.Add(new RequiresFragment(typeName, representationType, fields));
                return;
            }

            var merged = Requires[i].Fields.ToList();
            foreach (var f in fields)
            {
                if (!merged.Exists(m => m.Name == f.Name))
                {
                    merged.Add(f);
                }
            }

            Requires[i] = Requires[i] with { Fields = merged };
        }
    }
}
