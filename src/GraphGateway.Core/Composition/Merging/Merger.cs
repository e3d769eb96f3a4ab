using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>
/// Merges validated subgraphs into the supergraph schema (Apollo Federation 2 composition, "merge"
/// step): types by kind, fields with their sharing and type rules, arguments and input fields by
/// intersection, enums by usage, and writes the join spec directives (<c>@join__type</c>,
/// <c>@join__field</c>, <c>@join__implements</c>, <c>@join__unionMember</c>, <c>@join__enumValue</c>).
/// </summary>
internal sealed partial class Merger
{
    private readonly PreMergedSubgraphs _input;
    private readonly CompositionContext _context;
    private readonly Schema _schema = new();
    private readonly MergedSupergraph _merged;
    private readonly TypeRelations _relations;
    private readonly Dictionary<string, (bool Input, bool Output, string? InputExample, string? OutputExample)> _enumUsage = new(StringComparer.Ordinal);

    public Merger(PreMergedSubgraphs input, CompositionContext context)
    {
        _input = input;
        _context = context;
        _merged = new MergedSupergraph(input, _schema);
        _relations = new TypeRelations(IsImplementationOrMember);
    }

    private IReadOnlyList<Subgraph> Subgraphs => _input.Subgraphs;

    public MergedSupergraph Merge()
    {
        _merged.MaxFederationMinor = Subgraphs.Select(s => s.FederationVersion?.Minor ?? 0).DefaultIfEmpty(0).Max();
        var names = Subgraphs.SelectMany(s => s.Schema.Types.Values.Where(t => !t.IsBuiltIn).Select(t => t.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        // Pass 1: create every type of the right kind, with memberships, so type references and subtyping resolve.
        var kinds = new Dictionary<string, TypeKind>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var sources = _input.Validated.TypeSources(name).ToList();
            var kind = MergedKind(name, sources);
            if (kind is null)
            {
                continue;
            }

            kinds[name] = kind.Value;
            _merged.TypeSources[name] = sources;
            _schema.Add(Create(name, kind.Value));
        }

        if (!_schema.Types.ContainsKey("Query"))
        {
            _schema.Add(new ObjectTypeDefinition("Query"));
            _merged.TypeSources["Query"] = [];
        }

        _schema.MutationTypeName = _schema.Types.ContainsKey("Mutation") ? "Mutation" : null;
        _schema.SubscriptionTypeName = _schema.Types.ContainsKey("Subscription") ? "Subscription" : null;
        foreach (var b in BuiltIns.Scalars)
        {
            if (!_schema.Types.ContainsKey(b))
            {
                _schema.Add(new ScalarTypeDefinition(b));
            }
        }

        foreach (var t in _schema.Types.Values)
        {
            if (!t.IsBuiltIn)
            {
                MergeMemberships(t, _merged.TypeSources[t.Name]);
            }
        }

        ComputeEnumUsage();

        // Pass 2: fields, values, directives.
        foreach (var t in _schema.Types.Values.ToList())
        {
            if (t.IsBuiltIn)
            {
                continue;
            }

            var sources = _merged.TypeSources[t.Name];
            AddJoinTypes(t, sources);
            MergeTypeDirectives(t, sources.Select(s => (SchemaElement)s.Type).ToList(), t.Name);
            t.Description = MergeDescription(sources.Select(s => (s.Subgraph, s.Type.Description)), t.Name);
            switch (t)
            {
                case ComplexTypeDefinition c:
                    MergeFields(c, sources);
                    break;
                case EnumTypeDefinition e:
                    MergeEnum(e, sources);
                    break;
                case InputObjectTypeDefinition io:
                    MergeInput(io, sources);
                    break;
            }
        }

        AddInterfaceObjectFieldsToImplementations();
        return _merged;
    }

    private TypeKind? MergedKind(string name, List<(Subgraph Subgraph, TypeDefinition Type)> sources)
    {
        var kinds = sources.Select(s => Subgraph.IsInterfaceObject(s.Type) ? TypeKind.Interface : s.Type.Kind).Distinct().ToList();
        if (kinds.Count == 1)
        {
            return kinds[0];
        }

        var byKind = sources.GroupBy(s => s.Type.Kind)
            .Select(g => $"{KindName(g.Key)} Type in {CompositionContext.Subgraphs(g.Select(x => x.Subgraph.Name))}");
        _context.Error(ErrorCodes.TypeKindMismatch,
            $"Type \"{name}\" has mismatched kind: it is defined as {string.Join(" but ", byKind)}",
            sources.Select(s => s.Subgraph.Name), name);
        return null;
    }

    internal static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Object => "Object",
        TypeKind.Interface => "Interface",
        TypeKind.Union => "Union",
        TypeKind.Enum => "Enum",
        TypeKind.InputObject => "Input Object",
        _ => "Scalar",
    };

    private static TypeDefinition Create(string name, TypeKind kind) => kind switch
    {
        TypeKind.Object => new ObjectTypeDefinition(name),
        TypeKind.Interface => new InterfaceTypeDefinition(name),
        TypeKind.Union => new UnionTypeDefinition(name),
        TypeKind.Enum => new EnumTypeDefinition(name),
        TypeKind.InputObject => new InputObjectTypeDefinition(name),
        _ => new ScalarTypeDefinition(name),
    };

    private void MergeMemberships(TypeDefinition t, List<(Subgraph Subgraph, TypeDefinition Type)> sources)
    {
        foreach (var (_, type) in sources)
        {
            if (t is ComplexTypeDefinition c && type is ComplexTypeDefinition sc)
            {
                foreach (var i in sc.Interfaces)
                {
                    if (!c.Interfaces.Contains(i))
                    {
                        c.Interfaces.Add(i);
                    }
                }
            }
            else if (t is UnionTypeDefinition u && type is UnionTypeDefinition su)
            {
                foreach (var m in su.Types)
                {
                    if (!u.Types.Contains(m))
                    {
                        u.Types.Add(m);
                    }
                }
            }
        }
    }

    private bool IsImplementationOrMember(string super, string sub) => _schema.Type(super) switch
    {
        UnionTypeDefinition u => u.Types.Contains(sub),
        InterfaceTypeDefinition => _schema.Type(sub) is ComplexTypeDefinition c && c.Interfaces.Contains(super),
        _ => false,
    };

    private void AddJoinTypes(TypeDefinition t, List<(Subgraph Subgraph, TypeDefinition Type)> sources)
    {
        var present = sources.ToDictionary(s => s.Subgraph.Name, s => s.Type, StringComparer.Ordinal);
        foreach (var s in Subgraphs)
        {
            if (!present.TryGetValue(s.Name, out var type))
            {
                if (t.Name == "Query" && t is ObjectTypeDefinition)
                {
                    t.Directives.Add(Values.Directive("join__type", ("graph", Values.Enum(_context.GraphName(s)))));
                }

                continue;
            }

            var graph = Values.Enum(_context.GraphName(s));
            var isInterfaceObject = Subgraph.IsInterfaceObject(type);
            var keys = type.DirectivesNamed("key").ToList();
            if (keys.Count == 0)
            {
                t.Directives.Add(Values.Directive("join__type", ("graph", graph), ("isInterfaceObject", isInterfaceObject ? Values.Bool(true) : null)));
                continue;
            }

            foreach (var key in keys)
            {
                var fields = key.StringArgument("fields") ?? "";
                var extension = s.ExtensionKeys.Contains((t.Name, fields));
                var resolvable = key.BooleanArgument("resolvable", true);
                t.Directives.Add(Values.Directive("join__type",
                    ("graph", graph),
                    ("key", Values.String(fields)),
                    ("extension", extension ? Values.Bool(true) : null),
                    ("resolvable", resolvable ? null : Values.Bool(false)),
                    ("isInterfaceObject", isInterfaceObject ? Values.Bool(true) : null)));
            }
        }

        switch (t)
        {
            case ComplexTypeDefinition c:
                foreach (var (s, type) in sources)
                {
                    foreach (var i in (type as ComplexTypeDefinition)?.Interfaces ?? [])
                    {
                        c.Directives.Add(Values.Directive("join__implements", ("graph", Values.Enum(_context.GraphName(s))), ("interface", Values.String(i))));
                    }
                }

                break;
            case UnionTypeDefinition:
                foreach (var (s, type) in sources)
                {
                    foreach (var m in ((UnionTypeDefinition)type).Types)
                    {
                        t.Directives.Add(Values.Directive("join__unionMember", ("graph", Values.Enum(_context.GraphName(s))), ("member", Values.String(m))));
                    }
                }

                break;
        }
    }

    private string? MergeDescription(IEnumerable<(Subgraph Subgraph, string? Description)> sources, string coordinate)
    {
        var list = sources.Where(s => !string.IsNullOrWhiteSpace(s.Description)).ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var groups = list.GroupBy(s => s.Description!.Trim()).ToList();
        if (groups.Count == 1)
        {
            return list[0].Description;
        }

        var best = groups.OrderByDescending(g => g.Count()).First();
        _context.Hint("INCONSISTENT_DESCRIPTION",
            $"Element \"{coordinate}\" has inconsistent descriptions across subgraphs. The supergraph will use the description from {CompositionContext.Subgraphs(best.Select(b => b.Subgraph.Name))}.", coordinate);
        return best.First().Description;
    }
}
