using GraphGateway.Core.Links;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// Reads a supergraph SDL into a <see cref="SupergraphModel"/>. Supports the join spec v0.1 to v0.5
/// (https://specs.apollo.dev/join) linked with <c>@link</c> (link v1.0) or <c>@core</c> (core v0.1/v0.2),
/// i.e. Federation 1 and Federation 2 supergraphs from any composer. Join v0.1's <c>@join__owner</c>
/// is honoured: fields without <c>@join__field</c> belong to the owner.
/// </summary>
public static class SupergraphReader
{
    /// <summary>Reads <paramref name="sdl"/>.</summary>
    /// <param name="sdl">The supergraph SDL.</param>
    /// <param name="sourceName">File or package entry name used in messages.</param>
    /// <exception cref="SupergraphException">Syntax or schema errors, no join feature, an unsupported
    /// join version, unknown graphs; every problem is listed with its location.</exception>
    public static SupergraphModel Read(string sdl, string? sourceName = null)
    {
        var source = sourceName ?? "supergraph";
        Schema schema;
        try
        {
            schema = SchemaParser.Parse(sdl, source);
        }
        catch (SchemaException ex)
        {
            throw new SupergraphException([$"{source}: the supergraph SDL is not a valid schema:", .. ex.Message.Split('\n')], ex);
        }

        var problems = new List<string>();
        var features = LinkedFeature.Read(schema);
        var join = LinkedFeature.Find(features, "/join");
        if (join is null)
        {
            throw new SupergraphException([$"{source}: not a supergraph: the schema links no join spec (expected @link(url: \"https://specs.apollo.dev/join/v0.x\") or @core(feature: ...))."]);
        }

        var (major, minor) = join.VersionNumber;
        if (major != 0 || minor < 1 || minor > 5)
        {
            throw new SupergraphException([$"{source}: join spec version '{join.Version}' ({join.Url}) is not supported; supported: v0.1 to v0.5."]);
        }

        var graphEnumName = join.TypeName("Graph");
        var graphDirective = join.DirectiveName("graph");
        var subgraphs = new List<SubgraphInfo>();
        if (schema.Type(graphEnumName) is not EnumTypeDefinition graphEnum)
        {
            throw new SupergraphException([$"{source}: the join spec's enum {graphEnumName} is missing."]);
        }

        foreach (var v in graphEnum.Values.Values)
        {
            var d = v.Directive(graphDirective);
            var name = d?.StringArgument("name");
            if (name is null)
            {
                problems.Add($"{Where(v.Location, source)}: {graphEnumName}.{v.Name} has no @{graphDirective}(name:, url:).");
                continue;
            }

            subgraphs.Add(new SubgraphInfo(name, v.Name, d!.StringArgument("url") ?? string.Empty));
        }

        var byEnum = subgraphs.ToDictionary(s => s.EnumValue, s => s.Name, StringComparer.Ordinal);
        ApiSchemaBuilderResult(schema, source, problems, out var api);
        var model = new SupergraphModel(schema, api ?? new Schema(), subgraphs, join.Version);
        var names = new JoinNames(join);

        foreach (var type in schema.Types.Values)
        {
            if (type.IsBuiltIn || features.Any(f => f.OwnsType(type.Name)))
            {
                continue;
            }

            var info = new JoinTypeInfo(type.Name);
            ReadType(type, info, names, byEnum, source, problems);
            model.Types[type.Name] = info;
        }

        if (problems.Count > 0)
        {
            throw new SupergraphException(problems);
        }

        return model;
    }

    private static void ApiSchemaBuilderResult(Schema schema, string source, List<string> problems, out Schema? api)
    {
        try
        {
            api = ApiSchemaBuilder.Build(schema);
        }
        catch (SchemaException ex)
        {
            problems.Add($"{source}: the API schema derived from the supergraph is invalid: {ex.Message}");
            api = null;
        }
    }

    private static void ReadType(TypeDefinition type, JoinTypeInfo info, JoinNames names, Dictionary<string, string> byEnum, string source, List<string> problems)
    {
        string? Graph(AppliedDirective d, SchemaElement where, string what)
        {
            if (d.Argument("graph") is not GraphQLParser.AST.GraphQLEnumValue e)
            {
                return null;
            }

            if (byEnum.TryGetValue(e.Name.StringValue, out var name))
            {
                return name;
            }

            problems.Add($"{Where(where.Location, source)}: {what}: @{d.Name} names unknown graph {e.Name.StringValue}.");
            return null;
        }

        string? owner = null;
        foreach (var d in type.Directives)
        {
            if (d.Name == names.Type)
            {
                var g = Graph(d, type, "type " + type.Name);
                if (g is null)
                {
                    continue;
                }

                info.Entries.Add(new JoinTypeEntry(g, d.StringArgument("key"), d.BooleanArgument("resolvable", true),
                    d.BooleanArgument("isInterfaceObject", false), d.BooleanArgument("extension", false)));
                if (!info.Subgraphs.Contains(g))
                {
                    info.Subgraphs.Add(g);
                }
            }
            else if (d.Name == names.Owner)
            {
                owner = Graph(d, type, "type " + type.Name);
                if (owner is not null && !info.Subgraphs.Contains(owner))
                {
                    info.Subgraphs.Insert(0, owner);
                }
            }
            else if (d.Name == names.Implements)
            {
                var g = Graph(d, type, "type " + type.Name);
                var iface = d.StringArgument("interface");
                if (g is not null && iface is not null)
                {
                    Set(info.Implements, g).Add(iface);
                }
            }
            else if (d.Name == names.UnionMember)
            {
                var g = Graph(d, type, "union " + type.Name);
                var member = d.StringArgument("member");
                if (g is not null && member is not null)
                {
                    Set(info.UnionMembers, g).Add(member);
                }
            }
        }

        if (info.Subgraphs.Count == 0)
        {
            // Join v0.1 value types and types that every subgraph shares carry no @join__type.
            info.Subgraphs.AddRange(byEnum.Values);
        }

        if (type is not ComplexTypeDefinition complex)
        {
            return;
        }

        foreach (var field in complex.Fields.Values)
        {
            var fi = new JoinFieldInfo(field.Name);
            foreach (var d in field.DirectivesNamed(names.Field))
            {
                var g = Graph(d, field, $"field {type.Name}.{field.Name}");
                if (g is null)
                {
                    continue;
                }

                fi.Entries.Add(new JoinFieldEntry(g, NonEmpty(d.StringArgument("requires")), NonEmpty(d.StringArgument("provides")),
                    d.BooleanArgument("external", false), d.StringArgument("override"), d.StringArgument("overrideLabel"),
                    d.BooleanArgument("usedOverridden", false), d.StringArgument("type")));
            }

            if (fi.Entries.Count == 0 && owner is not null)
            {
                fi.Entries.Add(new JoinFieldEntry(owner, null, null, false, null, null, false, null));
            }

            fi.HasJoinField = field.HasDirective(names.Field);
            info.Fields[field.Name] = fi;
        }
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        return set;
    }

    private static string Where(SourceLocation? location, string source) => location?.ToString() ?? source;

    private sealed class JoinNames(LinkedFeature join)
    {
        public string Type { get; } = join.DirectiveName("type");

        public string Field { get; } = join.DirectiveName("field");

        public string Owner { get; } = join.DirectiveName("owner");

        public string Implements { get; } = join.DirectiveName("implements");

        public string UnionMember { get; } = join.DirectiveName("unionMember");
    }
}
