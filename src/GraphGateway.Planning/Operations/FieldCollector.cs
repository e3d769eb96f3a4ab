using System.Text.Json;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Planning.Operations;

/// <summary>
/// CollectFields (GraphQL spec §6.3.2) over normalized selection sets for one concrete object type. Without
/// variables (planning) every conditional selection is kept and its conditions reported; with variables
/// (response writing) selections whose conditions fail are left out.
/// </summary>
public static class FieldCollector
{
    /// <summary>Collects the fields of <paramref name="sets"/> that apply to an object of type <paramref name="objectType"/>.</summary>
    /// <param name="sets">One or more selection sets merged under one response key.</param>
    /// <param name="objectType">The concrete runtime type.</param>
    /// <param name="schema">The API schema (for fragment type conditions on interfaces and unions).</param>
    /// <param name="variables">Coerced variables for conditions; null to keep every conditional selection.</param>
    /// <returns>Response keys in first-appearance order.</returns>
    public static IReadOnlyList<CollectedField> Collect(IReadOnlyList<SelectionSet> sets, string objectType, Schema schema, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        if (sets.Count == 1 && (variables is null || !sets[0].HasConditions))
        {
            // Cached per selection set and type; the hit path allocates nothing (called for every object of every response).
            return sets[0].CachedCollect(objectType, static (t, state) => CollectUncached([state.Set], t, state.Schema, null), (Set: sets[0], Schema: schema));
        }

        return CollectUncached(sets, objectType, schema, variables);
    }

    /// <summary>True when every condition holds for <paramref name="variables"/> (absent or null variables count as false).</summary>
    public static bool Holds(IReadOnlyList<Condition> conditions, IReadOnlyDictionary<string, JsonElement> variables)
    {
        foreach (var c in conditions)
        {
            var value = variables.TryGetValue(c.Variable, out var v) && v.ValueKind == JsonValueKind.True;
            if (value != c.Include)
            {
                return false;
            }
        }

        return true;
    }

    private static List<CollectedField> CollectUncached(IReadOnlyList<SelectionSet> sets, string objectType, Schema schema, IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var order = new List<string>();
        var map = new Dictionary<string, (FieldSelection First, List<SelectionSet> Subs, List<Condition>? Conditions)>(StringComparer.Ordinal);
        var occurrences = variables is null ? new Dictionary<string, List<(SelectionSet Sub, List<Condition> Conditions)>>(StringComparer.Ordinal) : null;
        foreach (var set in sets)
        {
            Walk(set, [], objectType, schema, variables, order, map, occurrences);
        }

        var result = new List<CollectedField>(order.Count);
        foreach (var key in order)
        {
            var (first, subs, conditions) = map[key];
            if (occurrences is not null && occurrences.TryGetValue(key, out var list) && list.Exists(o => !o.Conditions.SequenceEqual(conditions ?? [])))
            {
                // Occurrences under different conditions were merged into one (unconditional) field: each occurrence's
                // sub-selection keeps its own conditions, so a subgraph is not asked for an excluded branch.
                subs = list.Select(o => o.Conditions.Count == 0 || o.Conditions.SequenceEqual(conditions ?? [])
                    ? o.Sub
                    : new SelectionSet(o.Sub.TypeName, [new FragmentSelection(null, o.Sub) { Conditions = o.Conditions }])).ToList();
            }

            result.Add(new CollectedField(first, subs, conditions ?? []));
        }

        return result;
    }

    private static void Walk(SelectionSet set, List<Condition> inherited, string objectType, Schema schema, IReadOnlyDictionary<string, JsonElement>? variables,
        List<string> order, Dictionary<string, (FieldSelection First, List<SelectionSet> Subs, List<Condition>? Conditions)> map,
        Dictionary<string, List<(SelectionSet Sub, List<Condition> Conditions)>>? occurrences)
    {
        foreach (var item in set.Items)
        {
            if (variables is not null && item.Conditions.Count > 0 && !Holds(item.Conditions, variables))
            {
                continue;
            }

            var conditions = inherited;
            if (variables is null && item.Conditions.Count > 0)
            {
                conditions = [.. inherited, .. item.Conditions];
            }

            switch (item)
            {
                case FieldSelection f:
                    if (occurrences is not null && f.SelectionSet is not null)
                    {
                        if (!occurrences.TryGetValue(f.ResponseKey, out var seen))
                        {
                            seen = [];
                            occurrences[f.ResponseKey] = seen;
                        }

                        seen.Add((f.SelectionSet, conditions));
                    }

                    if (map.TryGetValue(f.ResponseKey, out var existing))
                    {
                        if (f.SelectionSet is not null)
                        {
                            existing.Subs.Add(f.SelectionSet);
                        }

                        map[f.ResponseKey] = (existing.First, existing.Subs, MergeConditions(existing.Conditions, conditions));
                    }
                    else
                    {
                        order.Add(f.ResponseKey);
                        var subs = new List<SelectionSet>(1);
                        if (f.SelectionSet is not null)
                        {
                            subs.Add(f.SelectionSet);
                        }

                        map[f.ResponseKey] = (f, subs, variables is null ? conditions : null);
                    }

                    break;
                case FragmentSelection fr:
                    if (fr.TypeCondition is null || fr.TypeCondition == objectType || schema.IsPossibleType(fr.TypeCondition, objectType))
                    {
                        Walk(fr.SelectionSet, conditions, objectType, schema, variables, order, map, occurrences);
                    }

                    break;
            }
        }
    }

    private static List<Condition>? MergeConditions(List<Condition>? a, List<Condition> b)
    {
        if (a is null || a.Count == 0 || b.Count == 0)
        {
            return a is null ? null : [];
        }

        return a.SequenceEqual(b) ? a : [];
    }
}
