using System.Text;
using GraphGateway.Core.Schemas;
using GraphQLParser.AST;

namespace GraphGateway.Core.Validation.Rules;

/// <summary>
/// GraphQL spec §5.3.2 "Field Selection Merging": fields with the same response name in one selection set
/// (fragments expanded) must be mergeable — same field and arguments unless their parents are different
/// object types, and always the same response shape. Follows graphql-js OverlappingFieldsCanBeMergedRule:
/// conflicts within a set, between its fields and each spread fragment, and between spread fragments;
/// identical fields are compared once, and pair results are memoised.
/// </summary>
internal sealed class FieldSelectionMerging : ValidationRule
{
    private readonly Dictionary<(GraphQLField, GraphQLField, bool), Conflict?> _memo = [];
    private readonly Dictionary<GraphQLField, string> _arguments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<GraphQLField, string> _shapes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<List<FieldInfo>, List<FieldInfo>> _distinct = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(GraphQLSelectionSet, string?), Dictionary<string, List<FieldInfo>>> _expanded = new(SetKeyComparer.Instance);

    public override void EnterSelectionSet(ValidationContext context, GraphQLSelectionSet selectionSet, TypeDefinition? parentType)
    {
        var own = new Dictionary<string, List<FieldInfo>>(StringComparer.Ordinal);
        var fragmentNames = new List<string>();
        Collect(context, parentType, selectionSet, own, fragmentNames, null);
        // Conflicts are reported as soon as found, so the validation error limit stops hostile documents early.
        var conflicts = new List<Conflict>();
        void Flush()
        {
            foreach (var c in conflicts)
            {
                context.Report(
                    $"Fields \"{c.ResponseName}\" conflict because {c.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    [.. c.Fields1, .. c.Fields2]);
            }

            conflicts.Clear();
        }

        foreach (var group in own.Values)
        {
            var distinct = Distinct(context, group);
            for (var i = 0; i < distinct.Count; i++)
            {
                for (var j = i + 1; j < distinct.Count; j++)
                {
                    AddIfConflict(context, conflicts, false, distinct[i], distinct[j]);
                    Flush();
                }
            }
        }

        var fragmentMaps = new List<Dictionary<string, List<FieldInfo>>>();
        foreach (var name in fragmentNames.Distinct(StringComparer.Ordinal))
        {
            if (context.Fragments.TryGetValue(name, out var f))
            {
                var map = FragmentFields(context, f);
                fragmentMaps.Add(map);
                Between(context, conflicts, false, own, map, Flush);
            }
        }

        for (var i = 0; i < fragmentMaps.Count; i++)
        {
            for (var j = i + 1; j < fragmentMaps.Count; j++)
            {
                Between(context, conflicts, false, fragmentMaps[i], fragmentMaps[j], Flush);
            }
        }
    }

    private Dictionary<string, List<FieldInfo>> FragmentFields(ValidationContext context, GraphQLFragmentDefinition fragment)
    {
        var key = (fragment.SelectionSet, (string?)fragment.FragmentName.Name.StringValue);
        if (_expanded.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var map = new Dictionary<string, List<FieldInfo>>(StringComparer.Ordinal);
        var type = context.Schema.Type(fragment.TypeCondition.Type.Name.StringValue);
        var visited = new HashSet<string>(StringComparer.Ordinal) { fragment.FragmentName.Name.StringValue };
        Collect(context, TypeRelations.IsComposite(type) ? type : null, fragment.SelectionSet, map, null, visited);
        _expanded[key] = map;
        return map;
    }

    /// <summary>Collects fields by response name; spreads are expanded when <paramref name="visited"/> is given, else their names are listed.</summary>
    private static void Collect(ValidationContext context, TypeDefinition? parentType, GraphQLSelectionSet set,
        Dictionary<string, List<FieldInfo>> map, List<string>? fragmentNames, HashSet<string>? visited)
    {
        foreach (var s in set.Selections)
        {
            switch (s)
            {
                case GraphQLField f:
                    var responseName = (f.Alias?.Name ?? f.Name).StringValue;
                    if (!map.TryGetValue(responseName, out var list))
                    {
                        list = [];
                        map[responseName] = list;
                    }

                    list.Add(new FieldInfo(parentType, f, DocumentWalker.ResolveField(context.Schema, parentType, f.Name.StringValue)));
                    break;
                case GraphQLInlineFragment i:
                    var t = i.TypeCondition is { } tc ? context.Schema.Type(tc.Type.Name.StringValue) : parentType;
                    Collect(context, TypeRelations.IsComposite(t) ? t : null, i.SelectionSet, map, fragmentNames, visited);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    if (visited is null)
                    {
                        fragmentNames!.Add(name);
                    }
                    else if (visited.Add(name) && context.Fragments.TryGetValue(name, out var fragment))
                    {
                        var ft = context.Schema.Type(fragment.TypeCondition.Type.Name.StringValue);
                        Collect(context, TypeRelations.IsComposite(ft) ? ft : null, fragment.SelectionSet, map, null, visited);
                    }

                    break;
            }
        }
    }

    private void Between(ValidationContext context, List<Conflict> conflicts, bool exclusive,
        Dictionary<string, List<FieldInfo>> a, Dictionary<string, List<FieldInfo>> b, Action? flush = null)
    {
        foreach (var (name, listA) in a)
        {
            if (!b.TryGetValue(name, out var listB))
            {
                continue;
            }

            foreach (var fa in Distinct(context, listA))
            {
                foreach (var fb in Distinct(context, listB))
                {
                    AddIfConflict(context, conflicts, exclusive, fa, fb);
                    flush?.Invoke();
                }
            }
        }
    }

    private void AddIfConflict(ValidationContext context, List<Conflict> conflicts, bool exclusive, FieldInfo a, FieldInfo b)
    {
        if (ReferenceEquals(a.Node, b.Node))
        {
            return;
        }

        if (Find(context, exclusive, a, b) is { } c)
        {
            conflicts.Add(c);
        }
    }

    private Conflict? Find(ValidationContext context, bool parentsExclusive, FieldInfo a, FieldInfo b)
    {
        var key = (a.Node, b.Node, parentsExclusive);
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }

        _memo[key] = null;
        var result = Compute(context, parentsExclusive, a, b);
        _memo[key] = result;
        return result;
    }

    private Conflict? Compute(ValidationContext context, bool parentsExclusive, FieldInfo a, FieldInfo b)
    {
        var responseName = (a.Node.Alias?.Name ?? a.Node.Name).StringValue;
        var exclusive = parentsExclusive
            || (a.Parent is not null && b.Parent is not null && a.Parent.Name != b.Parent.Name
                && a.Parent.Kind == TypeKind.Object && b.Parent.Kind == TypeKind.Object);
        if (!exclusive)
        {
            var nameA = a.Node.Name.StringValue;
            var nameB = b.Node.Name.StringValue;
            if (nameA != nameB)
            {
                return new Conflict(responseName, $"\"{nameA}\" and \"{nameB}\" are different fields", [a.Node], [b.Node]);
            }

            if (Arguments(a.Node) != Arguments(b.Node))
            {
                return new Conflict(responseName, "they have differing arguments", [a.Node], [b.Node]);
            }
        }

        if (a.Definition is not null && b.Definition is not null && TypesConflict(context.Schema, a.Definition.Type, b.Definition.Type))
        {
            return new Conflict(responseName, $"they return conflicting types \"{a.Definition.Type}\" and \"{b.Definition.Type}\"", [a.Node], [b.Node]);
        }

        if (a.Node.SelectionSet is { } setA && b.Node.SelectionSet is { } setB)
        {
            var typeA = a.Definition is null ? null : context.Schema.Type(a.Definition.Type.NamedType);
            var typeB = b.Definition is null ? null : context.Schema.Type(b.Definition.Type.NamedType);
            var mapA = SubFields(context, TypeRelations.IsComposite(typeA) ? typeA : null, setA);
            var mapB = SubFields(context, TypeRelations.IsComposite(typeB) ? typeB : null, setB);
            var sub = new List<Conflict>();
            Between(context, sub, exclusive, mapA, mapB);
            if (sub.Count > 0)
            {
                var reason = string.Join(" and ", sub.Select(c => $"subfields \"{c.ResponseName}\" conflict because {c.Reason}"));
                return new Conflict(responseName, reason, [a.Node, .. sub.SelectMany(c => c.Fields1)], [b.Node, .. sub.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    private Dictionary<string, List<FieldInfo>> SubFields(ValidationContext context, TypeDefinition? type, GraphQLSelectionSet set)
    {
        var key = (set, type?.Name);
        if (!_expanded.TryGetValue(key, out var map))
        {
            map = new Dictionary<string, List<FieldInfo>>(StringComparer.Ordinal);
            Collect(context, type, set, map, null, new HashSet<string>(StringComparer.Ordinal));
            _expanded[key] = map;
        }

        return map;
    }

    private static bool TypesConflict(Schema schema, TypeRef a, TypeRef b)
    {
        if (a.Kind == TypeRefKind.List || b.Kind == TypeRefKind.List)
        {
            return a.Kind != b.Kind || TypesConflict(schema, a.OfType!, b.OfType!);
        }

        if (a.IsNonNull || b.IsNonNull)
        {
            return a.IsNonNull != b.IsNonNull || TypesConflict(schema, a.OfType!, b.OfType!);
        }

        var ta = schema.Type(a.Name!);
        var tb = schema.Type(b.Name!);
        if (ta is { IsLeaf: true } || tb is { IsLeaf: true })
        {
            return a.Name != b.Name;
        }

        return false;
    }

    private string Arguments(GraphQLField field)
    {
        if (!_arguments.TryGetValue(field, out var printed))
        {
            printed = PrintArguments(field.Arguments);
            _arguments[field] = printed;
        }

        return printed;
    }

    private static string PrintArguments(GraphQLArguments? arguments)
    {
        if (arguments is null || arguments.Items.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder();
        foreach (var a in arguments.Items.OrderBy(a => a.Name.StringValue, StringComparer.Ordinal))
        {
            sb.Append(a.Name.StringValue).Append(':');
            ValuePrinter.Print(a.Value, sb);
            sb.Append(',');
        }

        return sb.ToString();
    }

    /// <summary>
    /// Keeps one field of each group with the same <see cref="Shape"/> (same parent type, name, arguments and,
    /// recursively, the same sub-fields after fragment expansion): such fields cannot conflict with each other
    /// and conflict with any other field alike. This keeps documents that repeat a field, or spell one field in
    /// many ways (formatting, different fragments with the same fields), near linear. On documents that are
    /// invalid anyway it can report fewer duplicate conflicts than graphql-js.
    /// </summary>
    private List<FieldInfo> Distinct(ValidationContext context, List<FieldInfo> fields)
    {
        if (fields.Count < 2)
        {
            return fields;
        }

        if (_distinct.TryGetValue(fields, out var cached))
        {
            return cached;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<FieldInfo>(fields.Count);
        foreach (var f in fields)
        {
            if (seen.Add(Shape(context, f)))
            {
                result.Add(f);
            }
        }

        _distinct[fields] = result;
        return result;
    }

    /// <summary>A SHA-256 over the field's parent type, name, arguments and the shapes of its sub-fields by response name.</summary>
    private string Shape(ValidationContext context, FieldInfo field)
    {
        if (_shapes.TryGetValue(field.Node, out var known))
        {
            return known;
        }

        // A field met again while its own shape is computed (a fragment cycle, reported by §5.5.2.2) gets a unique shape.
        _shapes[field.Node] = "cycle:" + System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(field.Node);
        var sb = new StringBuilder();
        sb.Append(field.Parent?.Name).Append('|').Append(field.Node.Name.StringValue).Append('|').Append(Arguments(field.Node));
        if (field.Node.SelectionSet is { } set)
        {
            var type = field.Definition is null ? null : context.Schema.Type(field.Definition.Type.NamedType);
            var map = SubFields(context, TypeRelations.IsComposite(type) ? type : null, set);
            foreach (var key in map.Keys.Order(StringComparer.Ordinal))
            {
                sb.Append('{').Append(key).Append(':');
                foreach (var shape in map[key].Select(f => Shape(context, f)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                {
                    sb.Append(shape).Append(',');
                }

                sb.Append('}');
            }
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
        _shapes[field.Node] = hash;
        return hash;
    }

    private sealed record FieldInfo(TypeDefinition? Parent, GraphQLField Node, FieldDefinition? Definition);

    private sealed record Conflict(string ResponseName, string Reason, List<ASTNode> Fields1, List<ASTNode> Fields2);

    private sealed class SetKeyComparer : IEqualityComparer<(GraphQLSelectionSet, string?)>
    {
        public static readonly SetKeyComparer Instance = new();

        public bool Equals((GraphQLSelectionSet, string?) x, (GraphQLSelectionSet, string?) y) => ReferenceEquals(x.Item1, y.Item1);

        public int GetHashCode((GraphQLSelectionSet, string?) obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1);
    }
}
