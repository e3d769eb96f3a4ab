using System.Text;
using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Satisfiability;

/// <summary>
/// <c>SATISFIABILITY_ERROR</c>: every field of the API schema must be reachable from the root types by some
/// query plan. Walks the supergraph from each root field, tracking the set of subgraphs that can be
/// "where the plan is" at each path; a field is satisfiable there when one of those subgraphs resolves it
/// (not <c>@external</c>, not overridden, or provided by a <c>@provides</c> on the path) or when a chain of entity
/// fetches reaches a subgraph that resolves it: each hop needs a resolvable <c>@key</c> on the type whose
/// top-level fields the previous subgraph has. Abstract types fan out to the implementations each subgraph
/// knows (through the interface's key from an <c>@interfaceObject</c>). <c>@requires</c> conditions are assumed
/// reachable (a simplification of the reference composition's query-graph check).
/// </summary>
internal sealed class SatisfiabilityRule(MergedSupergraph merged, CompositionContext context)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);
    private const int MaxDepth = 64;

    public void Validate()
    {
        var schema = merged.Schema;
        foreach (var root in new[] { schema.QueryTypeName, schema.MutationTypeName, schema.SubscriptionTypeName })
        {
            if (root is null || schema.Type(root) is not ObjectTypeDefinition rootType)
            {
                continue;
            }

            foreach (var f in rootType.Fields.Values.Where(f => !f.HasDirective("inaccessible")))
            {
                var resolvers = Resolvers(root, f.Name).ToList();
                if (resolvers.Count == 0)
                {
                    continue;
                }

                var path = new List<string> { f.Name };
                var names = resolvers.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
                if (!CheckRuntimeTypes(root, f, names, path))
                {
                    Explore(f.Type.NamedType, names, path, 0);
                }
            }
        }
    }

    private IEnumerable<Subgraph> Resolvers(string type, string field) =>
        merged.FieldSources.TryGetValue((type, field), out var sources)
            ? sources.Where(s => !s.IsExternal && !s.IsUnusedOverride).Select(s => s.Subgraph)
            : [];

    private Subgraph Sub(string name) => merged.Subgraphs.First(s => s.Name == name);

    private void Explore(string typeName, HashSet<string> options, List<string> path, int depth, Provided? provided = null)
    {
        var schema = merged.Schema;
        var type = schema.Type(typeName);
        if (type is null || type.IsLeaf || depth > MaxDepth || type.HasDirective("inaccessible"))
        {
            return;
        }

        var key = typeName + "|" + string.Join(",", options.Order(StringComparer.Ordinal)) + "|" + provided?.Signature;
        if (!_visited.Add(key))
        {
            return;
        }

        if (type.IsAbstract)
        {
            foreach (var obj in schema.PossibleTypes(typeName))
            {
                var sub = options.Where(o => Sub(o).Schema.IsPossibleType(typeName, obj.Name)).ToHashSet(StringComparer.Ordinal);

                // From an @interfaceObject subgraph the plan continues through the interface's @key into a
                // subgraph that knows the implementation.
                foreach (var o in options.Where(o => Sub(o).Schema.Type(typeName) is ObjectTypeDefinition io && Subgraph.IsInterfaceObject(io)))
                {
                    foreach (var r in merged.Subgraphs.Where(r => r.Schema.Type(typeName) is InterfaceTypeDefinition && r.Schema.IsPossibleType(typeName, obj.Name)))
                    {
                        if (CanJump(typeName, Sub(o), r))
                        {
                            sub.Add(r.Name);
                        }
                    }
                }

                if (sub.Count == 0)
                {
                    continue;
                }

                path.Add("... on " + obj.Name);
                Explore(obj.Name, sub, path, depth + 1, provided);
                path.RemoveAt(path.Count - 1);
            }

            return;
        }

        var complex = (ComplexTypeDefinition)type;
        foreach (var field in complex.Fields.Values.Where(f => !f.HasDirective("inaccessible")))
        {
            if (!merged.FieldSources.TryGetValue((typeName, field.Name), out var sources) || sources.Count == 0)
            {
                continue;
            }

            var resolvers = Resolvers(typeName, field.Name).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
            var next = new HashSet<string>(StringComparer.Ordinal);
            foreach (var o in options)
            {
                if (resolvers.Contains(o) || provided?.Has(o, typeName, field.Name) == true)
                {
                    next.Add(o);
                }
            }

            if (next.Count == 0)
            {
                next.UnionWith(Reachable(typeName, options).Where(resolvers.Contains));
            }

            path.Add(field.Name);
            if (next.Count == 0)
            {
                Report(typeName, field.Name, options, resolvers, path);
            }
            else if (!CheckRuntimeTypes(typeName, field, next, path))
            {
                Explore(field.Type.NamedType, next, path, depth + 1, Provided.For(merged, typeName, field.Name, next, provided));
            }

            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>
    /// <c>SHAREABLE_HAS_MISMATCHED_RUNTIME_TYPES</c>: a shared field of abstract type must have at least one
    /// possible runtime type in common across the subgraphs resolving it. Returns true after reporting.
    /// </summary>
    private bool CheckRuntimeTypes(string typeName, FieldDefinition field, HashSet<string> resolvers, List<string> path)
    {
        if (resolvers.Count < 2 || merged.Schema.Type(field.Type.NamedType) is not { IsAbstract: true })
        {
            return false;
        }

        var perSubgraph = resolvers.Order(StringComparer.Ordinal)
            .Select(r => (Name: r, Types: Sub(r).Schema.PossibleTypes(field.Type.NamedType).Select(t => t.Name).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var common = new HashSet<string>(perSubgraph[0].Types, StringComparer.Ordinal);
        foreach (var (_, types) in perSubgraph.Skip(1))
        {
            common.IntersectWith(types);
        }

        if (common.Count > 0)
        {
            return false;
        }

        var coordinate = $"{typeName}.{field.Name}";
        if (_reported.Add("runtime:" + coordinate))
        {
            var lines = perSubgraph.Select(p => $" - in subgraph \"{p.Name}\", type{(p.Types.Count == 1 ? "" : "s")} {string.Join(", ", p.Types.Order(StringComparer.Ordinal).Select(t => $"\"{t}\""))}");
            context.Error(ErrorCodes.ShareableHasMismatchedRuntimeTypes,
                $"Shared field \"{coordinate}\" (at path {string.Join(".", path)}) return type \"{field.Type}\" has a non-intersecting set of possible runtime types across subgraphs. Runtime types in subgraphs are:\n{string.Join(";\n", lines)}.\nThis is not allowed as shared fields must resolve the same way in all subgraphs, and that implies at least some common runtime types between the subgraphs.",
                resolvers, coordinate);
        }

        return true;
    }

    /// <summary>The subgraphs an entity fetch chain can reach for <paramref name="typeName"/> from <paramref name="options"/> (one or more hops).</summary>
    private HashSet<string> Reachable(string typeName, HashSet<string> options)
    {
        var reached = new HashSet<string>(options, StringComparer.Ordinal);
        var queue = new Queue<string>(options);
        while (queue.Count > 0)
        {
            var from = Sub(queue.Dequeue());
            foreach (var to in merged.Subgraphs)
            {
                if (!reached.Contains(to.Name) && CanJumpCached(typeName, from, to))
                {
                    reached.Add(to.Name);
                    queue.Enqueue(to.Name);
                }
            }
        }

        reached.ExceptWith(options);
        return reached;
    }

    private readonly Dictionary<(string Type, string From, string To), bool> _jumps = [];

    private bool CanJumpCached(string typeName, Subgraph from, Subgraph to)
    {
        if (!_jumps.TryGetValue((typeName, from.Name, to.Name), out var can))
        {
            can = CanJump(typeName, from, to);
            _jumps[(typeName, from.Name, to.Name)] = can;
        }

        return can;
    }

    private static bool CanJump(string typeName, Subgraph from, Subgraph to)
    {
        if (from == to || to.Schema.Type(typeName) is not ComplexTypeDefinition target || from.Schema.Type(typeName) is not ComplexTypeDefinition source)
        {
            return false;
        }

        foreach (var key in target.DirectivesNamed("key").Where(k => k.BooleanArgument("resolvable", true)))
        {
            var set = FieldSet.TryParse(key.StringArgument("fields") ?? "", out _);
            if (set is null)
            {
                continue;
            }

            if (set.Selections.All(s => s.IsInlineFragment || s.Name == "__typename"
                || (source.Field(s.Name) is { } f && !from.IsExternal(source, f))))
            {
                return true;
            }
        }

        return false;
    }

    private void Report(string typeName, string fieldName, HashSet<string> options, HashSet<string> resolvers, List<string> path)
    {
        var coordinate = $"{typeName}.{fieldName}";
        if (!_reported.Add(coordinate))
        {
            return;
        }

        var sb = new StringBuilder("The following supergraph API query:\n{\n");
        for (var i = 0; i < path.Count; i++)
        {
            sb.Append(new string(' ', 2 * (i + 1))).Append(path[i]);
            sb.Append(i < path.Count - 1 ? " {\n" : "\n");
        }

        for (var i = path.Count - 2; i >= 0; i--)
        {
            sb.Append(new string(' ', 2 * (i + 1))).Append("}\n");
        }

        sb.Append("}\ncannot be satisfied by the subgraphs because:");
        foreach (var o in options.Order(StringComparer.Ordinal))
        {
            sb.Append($"\n- from subgraph \"{o}\": cannot find field \"{coordinate}\".");
            foreach (var r in resolvers.Order(StringComparer.Ordinal))
            {
                var target = Sub(r).Schema.Type(typeName);
                var why = target is null || !target.DirectivesNamed("key").Any(k => k.BooleanArgument("resolvable", true))
                    ? $"type \"{typeName}\" has no resolvable @key defined in subgraph \"{r}\""
                    : $"none of the @key of type \"{typeName}\" in subgraph \"{r}\" can be provided by subgraph \"{o}\"";
                sb.Append($"\n- from subgraph \"{o}\": cannot move to subgraph \"{r}\", which has field \"{coordinate}\", because {why}.");
            }
        }

        context.Error(ErrorCodes.SatisfiabilityError, sb.ToString(), options.Concat(resolvers), coordinate);
    }

    /// <summary>Fields a <c>@provides</c> on the path makes available in a subgraph (type, field pairs, nested included).</summary>
    private sealed class Provided
    {
        private readonly SortedDictionary<string, SortedSet<string>> _bySubgraph = new(StringComparer.Ordinal);

        public string Signature => string.Join(";", _bySubgraph.Select(kv => kv.Key + ":" + string.Join(",", kv.Value)));

        public bool Has(string subgraph, string type, string field) =>
            _bySubgraph.TryGetValue(subgraph, out var set) && set.Contains(type + "." + field);

        public static Provided? For(MergedSupergraph merged, string type, string field, HashSet<string> subgraphs, Provided? inherited)
        {
            Provided? result = null;
            foreach (var s in subgraphs)
            {
                var pairs = new HashSet<(string, string)>();
                if (inherited is not null && inherited.Has(s, type, field) && inherited._bySubgraph.TryGetValue(s, out var old))
                {
                    foreach (var p in old)
                    {
                        var dot = p.IndexOf('.', StringComparison.Ordinal);
                        pairs.Add((p[..dot], p[(dot + 1)..]));
                    }
                }

                var sub = merged.Subgraphs.First(x => x.Name == s);
                if (sub.Schema.Field(type, field)?.Directive("provides") is { } provides)
                {
                    FieldSetUsage.Walk(sub.Schema, sub.Schema.Field(type, field)!.Type.NamedType, provides.StringArgument("fields"), pairs);
                }

                if (pairs.Count > 0)
                {
                    result ??= new Provided();
                    result._bySubgraph[s] = new SortedSet<string>(pairs.Select(p => p.Item1 + "." + p.Item2), StringComparer.Ordinal);
                }
            }

            return result;
        }
    }
}
