using GraphGateway.Core.Schemas;
using GraphGateway.Core.Supergraph;

namespace GraphGateway.Planning.Planner;

/// <summary>
/// Answers "can subgraph S resolve T.f?" and related questions from the join metadata, honouring
/// <c>@external</c>, key fields of Federation 1 extensions, <c>@override</c> and progressive <c>@override(label:)</c>.
/// </summary>
internal sealed class FederationRules(SupergraphModel model, IReadOnlySet<string> enabledLabels)
{
    public SupergraphModel Model { get; } = model;

    public Schema Supergraph => Model.Supergraph;

    /// <summary>True when <paramref name="subgraph"/> resolves <paramref name="typeName"/>.<paramref name="fieldName"/> itself.</summary>
    public bool CanResolve(string subgraph, string typeName, string fieldName)
    {
        var ti = Model.Type(typeName);
        if (ti is null || !ti.IsIn(subgraph) || !ti.Fields.TryGetValue(fieldName, out var fi))
        {
            return false;
        }

        if (fi.Entries.Count == 0)
        {
            return !fi.HasJoinField;
        }

        JoinFieldEntry? entry = null;
        foreach (var e in fi.Entries)
        {
            if (e.Subgraph == subgraph)
            {
                entry = e;
                break;
            }
        }

        if (entry is null)
        {
            // Federation 1 key fields of an extension are external in that subgraph yet always resolvable there.
            return IsKeyField(ti, subgraph, fieldName);
        }

        if (entry.OverrideLabel is { } label)
        {
            var enabled = enabledLabels.Contains(label);
            if (entry.Override is not null ? !enabled : enabled)
            {
                return IsKeyField(ti, subgraph, fieldName);
            }
        }

        if (entry.External || entry.UsedOverridden)
        {
            return IsKeyField(ti, subgraph, fieldName);
        }

        return true;
    }

    /// <summary>The <c>@provides</c> of the field in <paramref name="subgraph"/>, or null.</summary>
    public FieldSet? Provides(string subgraph, string typeName, string fieldName)
    {
        var entry = Model.Type(typeName)?.Fields.GetValueOrDefault(fieldName)?.Entry(subgraph);
        return entry?.Provides is { } p ? FieldSet.Parse(p) : null;
    }

    /// <summary>The <c>@requires</c> of the field in <paramref name="subgraph"/>, or null.</summary>
    public FieldSet? Requires(string subgraph, string typeName, string fieldName)
    {
        var entry = Model.Type(typeName)?.Fields.GetValueOrDefault(fieldName)?.Entry(subgraph);
        return entry?.Requires is { } r ? FieldSet.Parse(r) : null;
    }

    /// <summary>Resolvable keys of <paramref name="typeName"/> in <paramref name="subgraph"/>.</summary>
    public IReadOnlyList<FieldSet> Keys(string subgraph, string typeName) =>
        Model.Type(typeName)?.ResolvableKeys(subgraph).Select(FieldSet.Parse).ToList() ?? [];

    /// <summary>
    /// Object types of the supergraph that a field of abstract type <paramref name="abstractType"/> can return from
    /// <paramref name="subgraph"/> (per <c>@join__implements</c> / <c>@join__unionMember</c> where present), sorted by name.
    /// </summary>
    public IReadOnlyList<string> PossibleTypesIn(string subgraph, string abstractType)
    {
        var abstractInfo = Model.Type(abstractType);
        var result = new List<string>();
        foreach (var o in Supergraph.PossibleTypes(abstractType))
        {
            var oi = Model.Type(o.Name);
            if (oi is null || !oi.IsIn(subgraph))
            {
                continue;
            }

            if (Supergraph.Type(abstractType) is InterfaceTypeDefinition && oi.Implements.Count > 0
                && !(oi.Implements.TryGetValue(subgraph, out var impl) && impl.Contains(abstractType)))
            {
                continue;
            }

            if (Supergraph.Type(abstractType) is UnionTypeDefinition && abstractInfo is { UnionMembers.Count: > 0 }
                && !(abstractInfo.UnionMembers.TryGetValue(subgraph, out var members) && members.Contains(o.Name)))
            {
                continue;
            }

            result.Add(o.Name);
        }

        return result;
    }

    /// <summary>True when <paramref name="abstractType"/> can hold an object of type <paramref name="objectType"/>.</summary>
    public bool IsPossible(string abstractType, string objectType) => Supergraph.IsPossibleType(abstractType, objectType);

    private static bool IsKeyField(JoinTypeInfo ti, string subgraph, string fieldName)
    {
        foreach (var key in ti.AllKeys(subgraph))
        {
            if (FieldSet.Parse(key).Items.Exists(i => i.TypeCondition is null && i.Name == fieldName))
            {
                return true;
            }
        }

        return false;
    }
}
