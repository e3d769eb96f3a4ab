using GraphGateway.Core.Schemas;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Planning.Planner;

/// <summary>Placing client fields: locally in the current fetch, or through an entity fetch to another subgraph.</summary>
internal sealed partial class PlanningRun
{
    private const int MaxRequirementDepth = 8;
    private readonly Dictionary<(string, string, SelectionSet, FieldSet?), int> _costs = [];

    private void PlanSelectionSet(FetchBuilder fetch, SubgraphSelection target, string typeName, IReadOnlyList<SelectionSet> sets, List<string> path, FieldSet? provides)
    {
        var type = _rules.Supergraph.Type(typeName);
        if (type is ObjectTypeDefinition)
        {
            PlanObjectFields(fetch, target, typeName, sets, path, provides);
            return;
        }

        AddTypename(target);
        if (_rules.Model.Type(typeName)?.IsInterfaceObjectIn(fetch.Subgraph) == true)
        {
            PlanInterfaceObject(fetch, target, typeName, sets, path, provides);
            return;
        }

        foreach (var objectType in _rules.PossibleTypesIn(fetch.Subgraph, typeName))
        {
            var fields = FieldCollector.Collect(sets, objectType, _api, null);
            if (fields.All(f => f.Field.IsTypename))
            {
                continue;
            }

            PlanObjectFields(fetch, target.Fragment(objectType), objectType, sets, path, provides);
        }
    }

    /// <summary>
    /// An interface that this subgraph declares as an <c>@interfaceObject</c>: its objects come back with the interface's
    /// name as <c>__typename</c>. Fields it resolves stay here; everything else (other interface fields, fragments on
    /// implementations) goes through one entity fetch to a subgraph that has the real interface, which also supplies the
    /// concrete <c>__typename</c>.
    /// </summary>
    private void PlanInterfaceObject(FetchBuilder fetch, SubgraphSelection target, string typeName, IReadOnlyList<SelectionSet> sets, List<string> path, FieldSet? provides)
    {
        var fields = FieldCollector.Collect(sets, typeName, _api, null);
        var needsHop = sets.Any(s => s.Items.Any(i => i is FragmentSelection { TypeCondition: { } tc } && tc != typeName));
        var local = new Dictionary<string, IReadOnlyList<Condition>>(StringComparer.Ordinal);
        foreach (var cf in fields)
        {
            if (cf.Field.IsTypename || cf.Field.IsIntrospection)
            {
                needsHop |= cf.Field.IsTypename;
                continue;
            }

            if (CanPlaceLocally(fetch.Subgraph, typeName, cf, provides))
            {
                PlanField(fetch, target, typeName, cf, path, provides);
                local[cf.Field.ResponseKey] = cf.Conditions;
            }
            else
            {
                needsHop = true;
            }
        }

        if (!needsHop)
        {
            return;
        }

        var owner = _rules.Model.Subgraphs.Select(s => s.Name).FirstOrDefault(g => g != fetch.Subgraph
                && _rules.Model.Type(typeName)!.IsIn(g) && !_rules.Model.Type(typeName)!.IsInterfaceObjectIn(g) && _rules.Keys(g, typeName).Count > 0)
            ?? throw new PlanningException($"Cannot plan interface \"{typeName}\" from subgraph \"{fetch.Subgraph}\" (@interfaceObject): no subgraph defines the interface with a resolvable @key.");
        var child = ChildFetch(fetch, owner, path);
        var fieldsOfKey = new List<RequiresField>();
        var deps = new HashSet<int>();
        EnsureFields(fetch, target, typeName, _rules.Keys(owner, typeName)[0], path, fieldsOfKey, deps, 0);
        child.AddRequires(typeName, typeName, fieldsOfKey);
        child.DependsOn.UnionWith(deps);
        var inner = child.Selection.Fragment(typeName);
        AddTypename(inner);
        foreach (var objectType in _rules.PossibleTypesIn(owner, typeName))
        {
            var remote = new List<CollectedField>();
            foreach (var cf in FieldCollector.Collect(sets, objectType, _api, null))
            {
                if (cf.Field.IsTypename || cf.Field.IsIntrospection)
                {
                    continue;
                }

                if (!local.TryGetValue(cf.Field.ResponseKey, out var localConditions))
                {
                    remote.Add(cf);
                }
                else if (localConditions.Count > 0 && !localConditions.SequenceEqual(cf.Conditions))
                {
                    // Excluded on the interface level but selected again in a fragment on this implementation
                    // (`id @skip(if: $s) ... on Film { id }`): fetch it here under the merged conditions.
                    PlanField(fetch, target, typeName, cf, path, provides);
                    local[cf.Field.ResponseKey] = target.Field(cf.Field.ResponseKey)?.Conditions ?? [];
                }
            }

            if (remote.Count > 0)
            {
                PlanCollectedFields(child, inner.Fragment(objectType), objectType, remote, path, null);
            }
        }
    }

    private void PlanObjectFields(FetchBuilder fetch, SubgraphSelection target, string typeName, IReadOnlyList<SelectionSet> sets, List<string> path, FieldSet? provides) =>
        PlanCollectedFields(fetch, target, typeName, FieldCollector.Collect(sets, typeName, _api, null), path, provides);

    private void PlanCollectedFields(FetchBuilder fetch, SubgraphSelection target, string typeName, IReadOnlyList<CollectedField> fields, List<string> path, FieldSet? provides)
    {
        List<CollectedField>? remote = null;
        foreach (var cf in fields)
        {
            if (cf.Field.IsTypename || cf.Field.IsIntrospection)
            {
                continue;
            }

            if (CanPlaceLocally(fetch.Subgraph, typeName, cf, provides))
            {
                PlanField(fetch, target, typeName, cf, path, provides);
            }
            else
            {
                (remote ??= []).Add(cf);
            }
        }

        if (remote is null)
        {
            return;
        }

        // Fields with @requires go last so that fields the client asked for anyway are in place to satisfy them.
        foreach (var cf in remote.OrderBy(cf => HasRequires(typeName, cf.Field.Name) ? 1 : 0))
        {
            Hop(fetch, target, typeName, cf, path);
        }
    }

    private bool HasRequires(string typeName, string fieldName) =>
        _rules.Model.Type(typeName)?.Fields.GetValueOrDefault(fieldName)?.Entries.Exists(e => e.Requires is not null) == true;

    private bool CanPlaceLocally(string subgraph, string typeName, CollectedField cf, FieldSet? provides)
    {
        if (!CanResolveHere(subgraph, typeName, cf.Field.Name, provides))
        {
            return false;
        }

        var named = cf.Field.Type.NamedType;
        return !IsComposite(named) || SubtreeCost(subgraph, cf, ChildProvides(subgraph, typeName, cf.Field.Name, provides), 0) < Infinite;
    }

    /// <summary>
    /// True when the field can be selected in the current fetch: the subgraph resolves it (or it is provided here) and it
    /// has no <c>@requires</c> there (such fields are only resolved through <c>_entities</c>, with the requirements).
    /// </summary>
    private bool CanResolveHere(string subgraph, string typeName, string fieldName, FieldSet? provides) =>
        (_rules.CanResolve(subgraph, typeName, fieldName) && _rules.Requires(subgraph, typeName, fieldName) is null)
        || provides?.Find(fieldName, typeName, _rules.IsPossible) is not null;

    private FieldSet? ChildProvides(string subgraph, string typeName, string fieldName, FieldSet? provides)
    {
        var inherited = provides?.Find(fieldName, typeName, _rules.IsPossible)?.Sub;
        var own = _rules.CanResolve(subgraph, typeName, fieldName) ? _rules.Provides(subgraph, typeName, fieldName) : null;
        return own ?? inherited;
    }

    private void PlanField(FetchBuilder fetch, SubgraphSelection target, string typeName, CollectedField cf, List<string> path, FieldSet? provides)
    {
        Tick();
        var field = cf.Field;
        var named = field.Type.NamedType;
        var composite = IsComposite(named);
        var sf = target.AddClientField(cf, composite);
        if (composite)
        {
            PlanSelectionSet(fetch, sf.Selection!, named, cf.SubSelections, Append(path, field), ChildProvides(fetch.Subgraph, typeName, field.Name, provides));
            if (sf.Selection!.IsEmpty)
            {
                // Only __typename (answered by the gateway) was asked: a selection set may not be empty.
                AddTypename(sf.Selection);
            }
        }
    }

    private void Hop(FetchBuilder fetch, SubgraphSelection target, string typeName, CollectedField cf, List<string> path)
    {
        Tick();
        var fieldName = cf.Field.Name;
        (string Subgraph, string EntityType)? best = null;
        var bestCost = Infinite;
        foreach (var (g, entityType) in HopTargets(fetch.Subgraph, typeName, fieldName))
        {
            var cost = 2 * (1 + SubtreeCost(g, cf, _rules.Provides(g, entityType, fieldName), 0));
            if (_childFetches.ContainsKey(fetch.Id + "|" + g + "|" + string.Join('.', path)))
            {
                cost--;
            }

            if (best is null || cost < bestCost)
            {
                best = (g, entityType);
                bestCost = cost;
            }
        }

        if (best is not { } chosen)
        {
            throw new PlanningException(
                $"Cannot plan field \"{typeName}.{fieldName}\": subgraph \"{fetch.Subgraph}\" cannot resolve it and no other subgraph that resolves it can be reached by a resolvable @key of \"{typeName}\".");
        }

        var child = ChildFetch(fetch, chosen.Subgraph, path);
        AddEntityRequirements(fetch, target, typeName, chosen.EntityType, child, fieldName, path, 0);
        PlanField(child, child.Selection.Fragment(chosen.EntityType), chosen.EntityType, cf, path, null);
    }

    private IEnumerable<(string Subgraph, string EntityType)> HopTargets(string from, string typeName, string fieldName)
    {
        var interfaces = (_rules.Supergraph.Type(typeName) as ObjectTypeDefinition)?.Interfaces ?? [];
        foreach (var s in _rules.Model.Subgraphs)
        {
            if (s.Name == from && _rules.Requires(s.Name, typeName, fieldName) is null && !interfaces.Any(i => _rules.Requires(s.Name, i, fieldName) is not null))
            {
                continue;
            }

            if (_rules.CanResolve(s.Name, typeName, fieldName) && _rules.Keys(s.Name, typeName).Count > 0)
            {
                yield return (s.Name, typeName);
                continue;
            }

            foreach (var i in interfaces)
            {
                if (_rules.Model.Type(i)?.IsInterfaceObjectIn(s.Name) == true && _rules.CanResolve(s.Name, i, fieldName) && _rules.Keys(s.Name, i).Count > 0)
                {
                    yield return (s.Name, i);
                    break;
                }
            }
        }
    }

    /// <summary>Makes <paramref name="child"/>'s representations for <paramref name="typeName"/>: a key it resolves plus the field's @requires.</summary>
    private void AddEntityRequirements(FetchBuilder source, SubgraphSelection target, string typeName, string entityType, FetchBuilder child, string fieldName, List<string> path, int depth)
    {
        if (depth > MaxRequirementDepth)
        {
            throw new PlanningException($"Cannot plan field \"{typeName}.{fieldName}\": its keys and requirements nest deeper than {MaxRequirementDepth} entity fetches.");
        }

        var keys = _rules.Keys(child.Subgraph, entityType);
        var key = keys.FirstOrDefault(k => AllLocal(source.Subgraph, typeName, k)) ?? keys[0];
        var fields = new List<RequiresField>();
        AddTypename(target);
        var deps = new HashSet<int>();
        EnsureFields(source, target, typeName, key, path, fields, deps, depth);
        if (_rules.Requires(child.Subgraph, entityType, fieldName) is { } requires)
        {
            EnsureFields(source, target, typeName, requires, path, fields, deps, depth);
        }

        deps.Remove(child.Id);
        child.AddRequires(typeName, entityType, fields);
        child.DependsOn.UnionWith(deps);
    }

    private bool AllLocal(string subgraph, string typeName, FieldSet set) =>
        set.Items.TrueForAll(i => i.TypeCondition is not null || _rules.CanResolve(subgraph, typeName, i.Name));

    /// <summary>Makes the fields of <paramref name="set"/> available on the objects at <paramref name="path"/>, from the source fetch or further fetches.</summary>
    private void EnsureFields(FetchBuilder source, SubgraphSelection target, string typeName, FieldSet set, List<string> path, List<RequiresField> into, HashSet<int> deps, int depth)
    {
        foreach (var item in set.Items)
        {
            Tick();
            if (item.TypeCondition is { } tc)
            {
                if (item.Sub is null)
                {
                    continue;
                }

                if (_rules.Supergraph.Type(typeName) is ObjectTypeDefinition)
                {
                    if (tc == typeName || _rules.IsPossible(tc, typeName))
                    {
                        EnsureFields(source, target, typeName, item.Sub, path, into, deps, depth);
                    }

                    continue;
                }

                // A value of abstract type: the fragment's fields apply per object type, told apart by __typename.
                foreach (var objectType in _rules.Supergraph.PossibleTypes(tc).Select(o => o.Name).Where(o => _rules.IsPossible(typeName, o)))
                {
                    var typed = new List<RequiresField>();
                    EnsureFields(source, target.Fragment(objectType), objectType, item.Sub, path, typed, deps, depth);
                    foreach (var t in typed)
                    {
                        if (!into.Exists(r => r.Name == t.Name && r.TypeCondition == objectType))
                        {
                            into.Add(t with { TypeCondition = objectType });
                        }
                    }
                }

                continue;
            }

            if (into.Exists(r => r.Name == item.Name && r.TypeCondition is null))
            {
                continue;
            }

            var definition = _rules.Supergraph.Field(typeName, item.Name)
                ?? throw new PlanningException($"The field set of \"{typeName}\" names field \"{item.Name}\", which \"{typeName}\" does not have.");
            var named = definition.Type.NamedType;
            var composite = item.Sub is not null;
            if (_rules.CanResolve(source.Subgraph, typeName, item.Name))
            {
                var sf = target.AddInternalField(item.Name, item.ArgumentsText, [], _prefix, composite);
                List<RequiresField>? sub = null;
                if (composite)
                {
                    sub = [];
                    EnsureNestedFields(source, sf.Selection!, named, item.Sub!, Append(path, sf.ResponseKey, definition.Type), sub, deps, depth);
                }

                into.Add(new RequiresField(item.Name, sf.ResponseKey, sub));
                continue;
            }

            // The value lives in another subgraph: fetch it there first (same objects, same path).
            var candidates = _rules.Model.Subgraphs.Select(s => s.Name)
                .Where(g => g != source.Subgraph && _rules.CanResolve(g, typeName, item.Name)
                    && _rules.Keys(g, typeName).Any(k => !k.Items.Exists(i => i.Name == item.Name)))
                .ToList();
            var provider = candidates.FirstOrDefault(g => _rules.Keys(g, typeName).Any(k => AllLocal(source.Subgraph, typeName, k)))
                ?? candidates.FirstOrDefault()
                ?? throw new PlanningException($"Cannot fetch \"{typeName}.{item.Name}\" (needed as a key or requirement): no subgraph can resolve it by a resolvable @key.");
            var helper = ChildFetch(source, provider, path);
            AddEntityRequirements(source, target, typeName, typeName, helper, item.Name, path, depth + 1);
            var hf = helper.Selection.Fragment(typeName).AddInternalField(item.Name, item.ArgumentsText, [], _prefix, composite);
            List<RequiresField>? nested = null;
            if (composite)
            {
                nested = [];
                EnsureNestedFields(helper, hf.Selection!, named, item.Sub!, Append(path, hf.ResponseKey, definition.Type), nested, deps, depth + 1);
            }

            into.Add(new RequiresField(item.Name, hf.ResponseKey, nested));
            deps.Add(helper.Id);
        }
    }

    /// <summary>Requirement fields below an object value: the same rules as at the top, one level down the path.</summary>
    private void EnsureNestedFields(FetchBuilder fetch, SubgraphSelection target, string typeName, FieldSet set, List<string> path, List<RequiresField> into, HashSet<int> deps, int depth)
    {
        if (depth > MaxRequirementDepth)
        {
            throw new PlanningException($"Requirements on \"{typeName}\" nest deeper than {MaxRequirementDepth} levels.");
        }

        if (_rules.Supergraph.Type(typeName) is { IsAbstract: true })
        {
            AddTypename(target);
            into.Add(new RequiresField("__typename", _typenameKey, null));
        }

        EnsureFields(fetch, target, typeName, set, path, into, deps, depth + 1);
    }

    private void AddTypename(SubgraphSelection target)
    {
        if (target.Field(_typenameKey) is null)
        {
            target.AddInternalField("__typename", string.Empty, [], _typenameKey == "__typename" ? string.Empty : _prefix, false);
        }
    }

    /// <summary>Estimated entity fetches needed for <paramref name="cf"/>'s sub-selection when its parent is resolved in <paramref name="subgraph"/>; <see cref="Infinite"/> when impossible.</summary>
    private int SubtreeCost(string subgraph, CollectedField cf, FieldSet? provides, int depth)
    {
        var named = cf.Field.Type.NamedType;
        if (!IsComposite(named) || cf.SubSelections.Count == 0)
        {
            return 0;
        }

        return SetCost(subgraph, named, cf.SubSelections, provides, depth + 1);
    }

    private int SetCost(string subgraph, string typeName, IReadOnlyList<SelectionSet> sets, FieldSet? provides, int depth)
    {
        Tick();
        if (sets.Count == 1)
        {
            var memoKey = (subgraph, typeName, sets[0], provides);
            if (!_costs.TryGetValue(memoKey, out var cached))
            {
                cached = SetCostUncached(subgraph, typeName, sets, provides, depth);
                _costs[memoKey] = cached;
            }

            return cached;
        }

        return SetCostUncached(subgraph, typeName, sets, provides, depth);
    }

    private int SetCostUncached(string subgraph, string typeName, IReadOnlyList<SelectionSet> sets, FieldSet? provides, int depth)
    {
        if (depth > 64)
        {
            return 0;
        }

        var type = _rules.Supergraph.Type(typeName);
        if (type is not ObjectTypeDefinition)
        {
            var total = 0;
            foreach (var o in _rules.PossibleTypesIn(subgraph, typeName))
            {
                total = Math.Min(Infinite, total + SetCost(subgraph, o, sets, provides, depth));
            }

            return total;
        }

        var sum = 0;
        var hops = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cf in FieldCollector.Collect(sets, typeName, _api, null))
        {
            if (cf.Field.IsTypename || cf.Field.IsIntrospection)
            {
                continue;
            }

            if (CanResolveHere(subgraph, typeName, cf.Field.Name, provides))
            {
                var c = SubtreeCost(subgraph, cf, ChildProvides(subgraph, typeName, cf.Field.Name, provides), depth);
                if (c < Infinite)
                {
                    sum = Math.Min(Infinite, sum + c);
                    continue;
                }
            }

            var best = Infinite;
            string? bestTarget = null;
            foreach (var (g, entityType) in HopTargets(subgraph, typeName, cf.Field.Name))
            {
                var c = SubtreeCost(g, cf, _rules.Provides(g, entityType, cf.Field.Name), depth);
                if (c < best)
                {
                    best = c;
                    bestTarget = g;
                }
            }

            if (bestTarget is null)
            {
                return Infinite;
            }

            sum = Math.Min(Infinite, sum + best + (hops.Add(bestTarget) ? 1 : 0));
        }

        return sum;
    }
}
