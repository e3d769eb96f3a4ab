using GraphGateway.Core.Federation;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Merging;

/// <summary>Enum and input object merging.</summary>
internal sealed partial class Merger
{
    private void ComputeEnumUsage()
    {
        foreach (var s in Subgraphs)
        {
            foreach (var t in s.Schema.Types.Values)
            {
                switch (t)
                {
                    case ComplexTypeDefinition c:
                        foreach (var f in c.Fields.Values)
                        {
                            Use(f.Type.NamedType, input: false, $"{c.Name}.{f.Name}");
                            foreach (var a in f.Arguments.Values)
                            {
                                Use(a.Type.NamedType, input: true, $"{c.Name}.{f.Name}({a.Name}:)");
                            }
                        }

                        break;
                    case InputObjectTypeDefinition io:
                        foreach (var f in io.Fields.Values)
                        {
                            Use(f.Type.NamedType, input: true, $"{io.Name}.{f.Name}");
                        }

                        break;
                }
            }
        }
    }

    private void Use(string type, bool input, string coordinate)
    {
        if (_schema.Type(type) is not EnumTypeDefinition)
        {
            return;
        }

        _enumUsage.TryGetValue(type, out var u);
        _enumUsage[type] = input
            ? (true, u.Output, u.InputExample ?? coordinate, u.OutputExample)
            : (u.Input, true, u.InputExample, u.OutputExample ?? coordinate);
    }

    private void MergeEnum(EnumTypeDefinition target, List<(Subgraph Subgraph, TypeDefinition Type)> sources)
    {
        var values = new List<string>();
        foreach (var (_, t) in sources)
        {
            foreach (var v in ((EnumTypeDefinition)t).Values.Keys)
            {
                if (!values.Contains(v))
                {
                    values.Add(v);
                }
            }
        }

        _enumUsage.TryGetValue(target.Name, out var usage);
        foreach (var value in values)
        {
            var having = sources.Where(s => ((EnumTypeDefinition)s.Type).Values.ContainsKey(value)).ToList();
            var missing = sources.Where(s => !((EnumTypeDefinition)s.Type).Values.ContainsKey(value)).Select(s => s.Subgraph.Name).ToList();
            if (missing.Count > 0)
            {
                if (usage.Input && usage.Output)
                {
                    _context.Error(ErrorCodes.EnumValueMismatch,
                        $"Enum type \"{target.Name}\" is used as both input type (for example, as type of \"{usage.InputExample}\") and output type (for example, as type of \"{usage.OutputExample}\"), but value \"{value}\" is not defined in all the subgraphs defining \"{target.Name}\": \"{value}\" is defined in {CompositionContext.Subgraphs(having.Select(h => h.Subgraph.Name))} but not in {CompositionContext.Subgraphs(missing)}",
                        sources.Select(s => s.Subgraph.Name), $"{target.Name}.{value}");
                    continue;
                }

                if (usage.Input)
                {
                    _context.Hint("INCONSISTENT_ENUM_VALUE_FOR_INPUT_ENUM",
                        $"Value \"{value}\" of enum type \"{target.Name}\" will not be part of the supergraph as it is not defined in all the subgraphs defining \"{target.Name}\": \"{value}\" is defined in {CompositionContext.Subgraphs(having.Select(h => h.Subgraph.Name))} but not in {CompositionContext.Subgraphs(missing)}",
                        $"{target.Name}.{value}");
                    continue;
                }

                _context.Hint("INCONSISTENT_ENUM_VALUE_FOR_OUTPUT_ENUM",
                    $"Value \"{value}\" of enum type \"{target.Name}\" has been added to the supergraph but is only defined in a subset of the subgraphs defining \"{target.Name}\": \"{value}\" is defined in {CompositionContext.Subgraphs(having.Select(h => h.Subgraph.Name))} but not in {CompositionContext.Subgraphs(missing)}",
                    $"{target.Name}.{value}");
            }

            var coordinate = $"{target.Name}.{value}";
            var defs = having.Select(h => (h.Subgraph, Value: ((EnumTypeDefinition)h.Type).Values[value])).ToList();
            var merged = new EnumValueDefinition(value) { Description = MergeDescription(defs.Select(d => (d.Subgraph, d.Value.Description)), coordinate) };
            foreach (var (s, _) in defs)
            {
                merged.Directives.Add(Values.Directive("join__enumValue", ("graph", Values.Enum(_context.GraphName(s)))));
            }

            MergeElementDirectives(merged, defs.Select(d => (SchemaElement)d.Value).ToList(), coordinate);
            target.Values[value] = merged;
        }

        if (target.Values.Count == 0)
        {
            _context.Error(ErrorCodes.EmptyMergedEnumType,
                $"None of the values of enum type \"{target.Name}\" are defined consistently in all the subgraphs defining that type. As only values common to all subgraphs are merged, this would result in an empty type.",
                sources.Select(s => s.Subgraph.Name), target.Name);
        }
    }

    private void MergeInput(InputObjectTypeDefinition target, List<(Subgraph Subgraph, TypeDefinition Type)> sources)
    {
        var names = new List<string>();
        foreach (var (_, t) in sources)
        {
            foreach (var f in ((InputObjectTypeDefinition)t).Fields.Keys)
            {
                if (!names.Contains(f))
                {
                    names.Add(f);
                }
            }
        }

        foreach (var name in names)
        {
            var coordinate = $"{target.Name}.{name}";
            var having = sources.Where(s => ((InputObjectTypeDefinition)s.Type).Fields.ContainsKey(name))
                .Select(s => (s.Subgraph, Arg: ((InputObjectTypeDefinition)s.Type).Fields[name])).ToList();
            if (having.Count < sources.Count)
            {
                var missing = sources.Where(s => !((InputObjectTypeDefinition)s.Type).Fields.ContainsKey(name)).Select(s => s.Subgraph.Name).ToList();
                var required = having.Where(h => h.Arg.Type.IsNonNull && h.Arg.DefaultValue is null).ToList();
                if (required.Count > 0)
                {
                    _context.Error(ErrorCodes.RequiredInputFieldMissingInSomeSubgraph,
                        $"Input object field \"{coordinate}\" is required in some subgraphs but does not appear in all subgraphs: it is required in {CompositionContext.Subgraphs(required.Select(r => r.Subgraph.Name))} but does not appear in {CompositionContext.Subgraphs(missing)}",
                        sources.Select(s => s.Subgraph.Name), coordinate);
                }
                else
                {
                    _context.Hint("INCONSISTENT_INPUT_OBJECT_FIELD",
                        $"Input object field \"{name}\" will not be added to \"{target.Name}\" in the supergraph as it does not appear in all subgraphs: it is defined in {CompositionContext.Subgraphs(having.Select(h => h.Subgraph.Name))} but not in {CompositionContext.Subgraphs(missing)}.",
                        coordinate);
                }

                continue;
            }

            var type = MergeTypeReference(having.Select(h => (h.Subgraph, h.Arg.Type)).ToList(), coordinate, isInput: true, ErrorCodes.FieldTypeMismatch, "field");
            if (type is null)
            {
                continue;
            }

            var merged = new InputValueDefinition(name, type, MergeDefault(having, coordinate, "Input field", ErrorCodes.InputFieldDefaultMismatch))
            {
                Description = MergeDescription(having.Select(h => (h.Subgraph, h.Arg.Description)), coordinate),
            };
            if (having.Any(h => h.Arg.Type != having[0].Arg.Type))
            {
                foreach (var (s, arg) in having)
                {
                    merged.Directives.Add(Values.Directive("join__field", ("graph", Values.Enum(_context.GraphName(s))), ("type", Values.String(arg.Type.ToString()))));
                }
            }

            MergeElementDirectives(merged, having.Select(h => (SchemaElement)h.Arg).ToList(), coordinate);
            target.Fields[name] = merged;
        }

        if (target.Fields.Count == 0)
        {
            _context.Error(ErrorCodes.EmptyMergedInputType,
                $"None of the fields of input object type \"{target.Name}\" are consistently defined in all the subgraphs defining that type. As only fields common to all subgraphs are merged, this would result in an empty type.",
                sources.Select(s => s.Subgraph.Name), target.Name);
        }
    }
}
