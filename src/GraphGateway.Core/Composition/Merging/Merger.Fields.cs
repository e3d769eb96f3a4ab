using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>Field merging for object and interface types.</summary>
internal sealed partial class Merger
{
    private void MergeFields(ComplexTypeDefinition target, List<(Subgraph Subgraph, TypeDefinition Type)> typeSources)
    {
        var fieldNames = new List<string>();
        foreach (var (_, type) in typeSources)
        {
            foreach (var f in ((ComplexTypeDefinition)type).Fields.Keys)
            {
                if (!fieldNames.Contains(f))
                {
                    fieldNames.Add(f);
                }
            }
        }

        foreach (var name in fieldNames)
        {
            var sources = new List<FieldSource>();
            foreach (var (s, type) in typeSources)
            {
                var c = (ComplexTypeDefinition)type;
                if (c.Field(name) is { } f)
                {
                    sources.Add(new FieldSource(s, c, f, s.IsExternal(c, f), IsUnusedOverride(s, c, f)));
                }
            }

            _merged.FieldSources[(target.Name, name)] = sources;
            var field = MergeField(target, name, sources, typeSources);
            if (field is not null)
            {
                target.Fields[name] = field;
            }
        }
    }

    /// <summary>True when another subgraph overrides this field from this subgraph without a label.</summary>
    private bool IsOverridden(Subgraph subgraph, ComplexTypeDefinition type, string field, out string? label)
    {
        label = null;
        foreach (var other in Subgraphs)
        {
            if (other == subgraph || other.Schema.Field(type.Name, field) is not { } f)
            {
                continue;
            }

            var o = f.Directive("override");
            if (o is not null && o.StringArgument("from") == subgraph.Name)
            {
                label = o.StringArgument("label");
                return true;
            }
        }

        return false;
    }

    private bool IsUnusedOverride(Subgraph s, ComplexTypeDefinition type, FieldDefinition f) =>
        IsOverridden(s, type, f.Name, out var label) && label is null && !IsUsedInFieldSets(s, type, f);

    private bool IsUsedOverridden(Subgraph s, ComplexTypeDefinition type, FieldDefinition f) =>
        IsOverridden(s, type, f.Name, out var label) && label is null && IsUsedInFieldSets(s, type, f);

    private static bool IsUsedInFieldSets(Subgraph s, ComplexTypeDefinition type, FieldDefinition f) =>
        s.FieldSetFields.Contains((type.Name, f.Name));

    private FieldDefinition? MergeField(ComplexTypeDefinition target, string name, List<FieldSource> sources, List<(Subgraph Subgraph, TypeDefinition Type)> typeSources)
    {
        var coordinate = $"{target.Name}.{name}";
        var resolving = sources.Where(s => !s.IsExternal).ToList();
        var typed = resolving.Count > 0 ? resolving : sources;
        var type = MergeTypeReference(typed.Select(s => (s.Subgraph, s.Field.Type)).ToList(), coordinate, isInput: false, ErrorCodes.FieldTypeMismatch, "field");
        if (type is null)
        {
            return null;
        }

        var field = new FieldDefinition(name, type)
        {
            Description = MergeDescription(sources.Select(s => (s.Subgraph, s.Field.Description)), coordinate),
        };
        var allTypesEqual = sources.All(s => s.Field.Type == sources[0].Field.Type);
        MergeArguments(field, coordinate, resolving.Count > 0 ? resolving : sources);
        if (resolving.Count > 0)
        {
            ValidateExternals(field, coordinate, sources, allTypesEqual);
        }

        AddJoinFields(target, field, sources, allTypesEqual);
        AddOverrideHints(coordinate, sources);
        MergeElementDirectives(field, sources.Where(s => !s.IsExternal || resolving.Count == 0).Select(s => (SchemaElement)s.Field).ToList(), coordinate);
        return field;
    }

    private void MergeArguments(FieldDefinition field, string coordinate, List<FieldSource> sources)
    {
        var names = new List<string>();
        foreach (var s in sources)
        {
            foreach (var a in s.Field.Arguments.Keys)
            {
                if (!names.Contains(a))
                {
                    names.Add(a);
                }
            }
        }

        foreach (var argName in names)
        {
            var argCoordinate = $"{coordinate}({argName}:)";
            var having = sources.Where(s => s.Field.Arguments.ContainsKey(argName)).ToList();
            if (having.Count < sources.Count)
            {
                var missing = sources.Where(s => !s.Field.Arguments.ContainsKey(argName)).Select(s => s.Subgraph.Name).ToList();
                var required = having.Where(s => s.Field.Arguments[argName].Type.IsNonNull && s.Field.Arguments[argName].DefaultValue is null).ToList();
                if (required.Count > 0)
                {
                    _context.Error(ErrorCodes.RequiredArgumentMissingInSomeSubgraph,
                        $"Argument \"{argCoordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in {CompositionContext.Subgraphs(required.Select(r => r.Subgraph.Name))} but does not appear in {CompositionContext.Subgraphs(missing)}",
                        sources.Select(s => s.Subgraph.Name), argCoordinate);
                }
                else
                {
                    _context.Hint("INCONSISTENT_ARGUMENT_PRESENCE",
                        $"Optional argument \"{argCoordinate}\" will not be included in the supergraph as it does not appear in all subgraphs: it is defined in {CompositionContext.Subgraphs(having.Select(h => h.Subgraph.Name))} but not in {CompositionContext.Subgraphs(missing)}", argCoordinate);
                }

                continue;
            }

            var args = having.Select(s => (s.Subgraph, Arg: s.Field.Arguments[argName])).ToList();
            var type = MergeTypeReference(args.Select(a => (a.Subgraph, a.Arg.Type)).ToList(), argCoordinate, isInput: true, ErrorCodes.FieldArgumentTypeMismatch, "argument");
            if (type is null)
            {
                continue;
            }

            var merged = new InputValueDefinition(argName, type, MergeDefault(args, argCoordinate, "Argument", ErrorCodes.ArgumentDefaultMismatch))
            {
                Description = MergeDescription(args.Select(a => (a.Subgraph, a.Arg.Description)), argCoordinate),
            };
            MergeElementDirectives(merged, args.Select(a => (SchemaElement)a.Arg).ToList(), argCoordinate);
            field.Arguments[argName] = merged;
        }
    }

    private GraphQLParser.AST.GraphQLValue? MergeDefault(List<(Subgraph Subgraph, InputValueDefinition Arg)> sources, string coordinate, string kind, string code)
    {
        var printed = sources.Select(s => Values.Print(s.Arg.DefaultValue)).ToList();
        var distinctDefined = printed.Where(p => p is not null).Distinct().ToList();
        if (distinctDefined.Count > 1)
        {
            var parts = sources.GroupBy(s => Values.Print(s.Arg.DefaultValue) ?? "")
                .Select(g => (g.Key.Length == 0 ? "no default value" : $"default value {g.Key}") + $" in {CompositionContext.Subgraphs(g.Select(x => x.Subgraph.Name))}");
            _context.Error(code, $"{kind} \"{coordinate}\" has incompatible default values across subgraphs: it has {string.Join(" and ", parts)}",
                sources.Select(s => s.Subgraph.Name), coordinate);
            return sources.First(s => s.Arg.DefaultValue is not null).Arg.DefaultValue;
        }

        if (distinctDefined.Count == 1 && printed.Any(p => p is null))
        {
            _context.Hint("INCONSISTENT_DEFAULT_VALUE_PRESENCE", $"{kind} \"{coordinate}\" has a default value in only some subgraphs.", coordinate);
            return printed[0] is null ? null : sources[0].Arg.DefaultValue;
        }

        return sources[0].Arg.DefaultValue;
    }

    private TypeRef? MergeTypeReference(List<(Subgraph Subgraph, TypeRef Type)> sources, string coordinate, bool isInput, string code, string what)
    {
        TypeRef? dest = null;
        var incompatible = false;
        var subtypes = false;
        foreach (var (_, type) in sources)
        {
            if (dest is null || dest == type)
            {
                dest = type;
            }
            else if (_relations.IsStrictSubtype(dest, type))
            {
                subtypes = true;
                if (isInput)
                {
                    dest = type;
                }
            }
            else if (_relations.IsStrictSubtype(type, dest))
            {
                subtypes = true;
                if (!isInput)
                {
                    dest = type;
                }
            }
            else
            {
                incompatible = true;
            }
        }

        if (incompatible)
        {
            var parts = sources.GroupBy(s => s.Type.ToString()).Select(g => $"type \"{g.Key}\" in {CompositionContext.Subgraphs(g.Select(x => x.Subgraph.Name))}");
            _context.Error(code, $"Type of {what} \"{coordinate}\" is incompatible across subgraphs: it has {string.Join(" but ", parts)}",
                sources.Select(s => s.Subgraph.Name), coordinate);
            return null;
        }

        if (subtypes)
        {
            _context.Hint(isInput ? "INCONSISTENT_BUT_COMPATIBLE_ARGUMENT_TYPE" : "INCONSISTENT_BUT_COMPATIBLE_FIELD_TYPE",
                $"Type of {what} \"{coordinate}\" is inconsistent but compatible across subgraphs: it will have type \"{dest}\" in the supergraph.", coordinate);
        }

        return dest;
    }

    private void ValidateExternals(FieldDefinition dest, string coordinate, List<FieldSource> sources, bool allTypesEqual)
    {
        var invalid = sources.Where(s => s.IsExternal
            && !(s.Field.Type == dest.Type || (!allTypesEqual && _relations.IsStrictSubtype(dest.Type, s.Field.Type)))).ToList();
        if (invalid.Count > 0)
        {
            var parts = sources.GroupBy(s => s.Field.Type.ToString()).Select(g => $"type \"{g.Key}\" in {CompositionContext.Subgraphs(g.Select(x => x.Subgraph.Name))}");
            _context.Error(ErrorCodes.ExternalTypeMismatch,
                $"Type of field \"{coordinate}\" is incompatible across subgraphs (where marked @external): it has {string.Join(" but ", parts)}",
                sources.Select(s => s.Subgraph.Name), coordinate);
        }
    }

    private void AddJoinFields(ComplexTypeDefinition target, FieldDefinition field, List<FieldSource> sources, bool allTypesEqual)
    {
        var bySubgraph = sources.ToDictionary(s => s.Subgraph.Name, StringComparer.Ordinal);
        var needs = !allTypesEqual;
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in sources)
        {
            var o = s.Field.Directive("override");
            if (o?.StringArgument("label") is { } label && o.StringArgument("from") is { } from && bySubgraph.ContainsKey(from))
            {
                labels[s.Subgraph.Name] = label;
                labels[from] = label;
            }
        }

        needs |= labels.Count > 0 || sources.Any(s => IsUsedOverridden(s.Subgraph, s.Type, s.Field));
        foreach (var sub in Subgraphs)
        {
            if (bySubgraph.TryGetValue(sub.Name, out var s) && !s.IsUnusedOverride)
            {
                needs |= s.IsExternal || s.Field.HasDirective("requires") || s.Field.HasDirective("provides");
            }
            else if (sub.Schema.Type(target.Name) is not null || target.Name == "Query")
            {
                needs = true;
            }
        }

        if (!needs)
        {
            return;
        }

        foreach (var s in sources)
        {
            labels.TryGetValue(s.Subgraph.Name, out var label);
            if (s.IsUnusedOverride && label is null)
            {
                continue;
            }

            var o = s.Field.Directive("override");
            field.Directives.Add(Values.Directive("join__field",
                ("graph", Values.Enum(_context.GraphName(s.Subgraph))),
                ("requires", s.Field.Directive("requires")?.Argument("fields")),
                ("provides", s.Field.Directive("provides")?.Argument("fields")),
                ("type", allTypesEqual ? null : Values.String(s.Field.Type.ToString())),
                ("external", s.IsExternal ? Values.Bool(true) : null),
                ("override", o?.StringArgument("from") is { } from ? Values.String(from) : null),
                ("usedOverridden", IsUsedOverridden(s.Subgraph, s.Type, s.Field) ? Values.Bool(true) : null),
                ("overrideLabel", label is null ? null : Values.String(label))));
        }
    }

    private void AddOverrideHints(string coordinate, List<FieldSource> sources)
    {
        foreach (var s in sources)
        {
            if (s.Field.Directive("override") is not { } o || o.StringArgument("from") is not { } from || !sources.Any(x => x.Subgraph.Name == from))
            {
                continue;
            }

            if (o.StringArgument("label") is not null)
            {
                _context.Hint("OVERRIDE_MIGRATION_IN_PROGRESS",
                    $"Field \"{coordinate}\" is currently being migrated with progressive @override. Once the migration is complete, remove the field from subgraph \"{from}\".", coordinate);
            }
            else if (sources.First(x => x.Subgraph.Name == from) is { IsUnusedOverride: true } overridden && !overridden.Field.HasDirective("override"))
            {
                _context.Hint("OVERRIDDEN_FIELD_CAN_BE_REMOVED",
                    $"Field \"{coordinate}\" on subgraph \"{from}\" is overridden. Consider removing it.", coordinate);
            }
        }
    }

    private void AddInterfaceObjectFieldsToImplementations()
    {
        foreach (var obj in _schema.Types.Values.OfType<ObjectTypeDefinition>().ToList())
        {
            foreach (var itfName in obj.Interfaces)
            {
                if (_schema.Type(itfName) is not InterfaceTypeDefinition itf)
                {
                    continue;
                }

                foreach (var itfField in itf.Fields.Values)
                {
                    if (obj.Fields.ContainsKey(itfField.Name) || !IsProvidedByInterfaceObject(itf.Name, itfField.Name))
                    {
                        continue;
                    }

                    var f = new FieldDefinition(itfField.Name, itfField.Type) { Description = itfField.Description };
                    f.Directives.AddRange(itfField.Directives.Where(d => !d.Name.StartsWith("join__", StringComparison.Ordinal)));
                    foreach (var a in itfField.Arguments.Values)
                    {
                        var copy = new InputValueDefinition(a.Name, a.Type, a.DefaultValue) { Description = a.Description };
                        copy.Directives.AddRange(a.Directives);
                        f.Arguments[a.Name] = copy;
                    }

                    f.Directives.Add(new AppliedDirective("join__field"));
                    obj.Fields[f.Name] = f;
                    _merged.FieldSources[(obj.Name, f.Name)] = [];
                }
            }
        }
    }

    private bool IsProvidedByInterfaceObject(string itf, string field) =>
        _merged.FieldSources.TryGetValue((itf, field), out var sources)
        && sources.Any(s => Subgraph.IsInterfaceObject(s.Type) && !s.IsExternal);
}
