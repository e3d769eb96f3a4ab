using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary>
/// <c>REFERENCED_INACCESSIBLE</c>: an element visible in the API schema cannot use a type hidden with
/// <c>@inaccessible</c> (inaccessible spec v0.2, "Reference" rules).
/// </summary>
internal sealed class ReferencedInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        var schema = merged.Schema;
        bool Hidden(string typeName) => schema.Type(typeName)?.HasDirective("inaccessible") == true;
        foreach (var t in schema.Types.Values.Where(t => !t.HasDirective("inaccessible")))
        {
            IEnumerable<(string Coordinate, TypeRef Type, SchemaElement Element)> refs = t switch
            {
                ComplexTypeDefinition c => c.Fields.Values.SelectMany(f => new[] { ($"{t.Name}.{f.Name}", f.Type, (SchemaElement)f) }
                    .Concat(f.Arguments.Values.Select(a => ($"{t.Name}.{f.Name}({a.Name}:)", a.Type, (SchemaElement)a)))
                    .Where(x => !f.HasDirective("inaccessible"))),
                InputObjectTypeDefinition io => io.Fields.Values.Select(f => ($"{t.Name}.{f.Name}", f.Type, (SchemaElement)f)),
                _ => [],
            };
            foreach (var (coordinate, type, element) in refs)
            {
                if (!element.HasDirective("inaccessible") && Hidden(type.NamedType))
                {
                    context.Error(ErrorCodes.ReferencedInaccessible,
                        $"Type \"{type.NamedType}\" is @inaccessible but is referenced by \"{coordinate}\", which is in the API schema.",
                        merged.TypeSources.TryGetValue(type.NamedType, out var s) ? s.Select(x => x.Subgraph.Name) : [], coordinate);
                }
            }
        }
    }
}

/// <summary>
/// <c>ONLY_INACCESSIBLE_CHILDREN</c>: a type visible in the API schema needs at least one visible field, enum value
/// or union member.
/// </summary>
internal sealed class OnlyInaccessibleChildrenRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        var schema = merged.Schema;
        foreach (var t in schema.Types.Values.Where(t => !t.IsBuiltIn && !t.HasDirective("inaccessible")))
        {
            var (total, hidden, what) = t switch
            {
                ComplexTypeDefinition c => (c.Fields.Count, c.Fields.Values.Count(f => f.HasDirective("inaccessible")), "fields"),
                InputObjectTypeDefinition io => (io.Fields.Count, io.Fields.Values.Count(f => f.HasDirective("inaccessible")), "input fields"),
                EnumTypeDefinition e => (e.Values.Count, e.Values.Values.Count(v => v.HasDirective("inaccessible")), "values"),
                UnionTypeDefinition u => (u.Types.Count, u.Types.Count(m => schema.Type(m)?.HasDirective("inaccessible") == true), "members"),
                _ => (0, 0, ""),
            };
            if (total > 0 && total == hidden)
            {
                context.Error(ErrorCodes.OnlyInaccessibleChildren,
                    $"Type \"{t.Name}\" is in the API schema but all of its {what} are @inaccessible.",
                    merged.TypeSources[t.Name].Select(x => x.Subgraph.Name), t.Name);
            }
        }
    }
}

/// <summary>
/// <c>REQUIRED_INACCESSIBLE</c>: a required argument or input field (non-null, no default) of a visible element
/// cannot be <c>@inaccessible</c>: clients could not provide it.
/// </summary>
internal sealed class RequiredInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        foreach (var t in merged.Schema.Types.Values.Where(t => !t.HasDirective("inaccessible")))
        {
            IEnumerable<(string Coordinate, InputValueDefinition Value, string Kind)> values = t switch
            {
                ComplexTypeDefinition c => c.Fields.Values.Where(f => !f.HasDirective("inaccessible"))
                    .SelectMany(f => f.Arguments.Values.Select(a => ($"{t.Name}.{f.Name}({a.Name}:)", a, "Argument"))),
                InputObjectTypeDefinition io => io.Fields.Values.Select(f => ($"{t.Name}.{f.Name}", f, "Input field")),
                _ => [],
            };
            foreach (var (coordinate, value, kind) in values)
            {
                if (value.HasDirective("inaccessible") && value.Type.IsNonNull && value.DefaultValue is null)
                {
                    context.Error(ErrorCodes.RequiredInaccessible,
                        $"{kind} \"{coordinate}\" is @inaccessible but is a required {kind.ToLowerInvariant()} of its {(kind == "Argument" ? "field" : "type")}.",
                        merged.TypeSources[t.Name].Select(x => x.Subgraph.Name), coordinate);
                }
            }
        }
    }
}

/// <summary>
/// <c>IMPLEMENTED_BY_INACCESSIBLE</c>: a field hidden with <c>@inaccessible</c> cannot implement a visible interface field.
/// </summary>
internal sealed class ImplementedByInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        var schema = merged.Schema;
        foreach (var obj in schema.Types.Values.OfType<ComplexTypeDefinition>().Where(o => !o.HasDirective("inaccessible")))
        {
            foreach (var f in obj.Fields.Values.Where(f => f.HasDirective("inaccessible")))
            {
                foreach (var i in obj.Interfaces)
                {
                    if (schema.Type(i) is InterfaceTypeDefinition itf && !itf.HasDirective("inaccessible")
                        && itf.Field(f.Name) is { } itfField && !itfField.HasDirective("inaccessible"))
                    {
                        var coordinate = $"{obj.Name}.{f.Name}";
                        context.Error(ErrorCodes.ImplementedByInaccessible,
                            $"Field \"{coordinate}\" is @inaccessible but implements the interface field \"{i}.{f.Name}\", which is in the API schema.",
                            merged.TypeSources[obj.Name].Select(x => x.Subgraph.Name), coordinate);
                    }
                }
            }
        }
    }
}

/// <summary><c>QUERY_ROOT_TYPE_INACCESSIBLE</c>: the query root type cannot be <c>@inaccessible</c>.</summary>
internal sealed class QueryRootTypeInaccessibleRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        if (merged.Schema.QueryType?.HasDirective("inaccessible") == true)
        {
            context.Error(ErrorCodes.QueryRootTypeInaccessible,
                "Type \"Query\" is @inaccessible but is the root query type, which must be in the API schema.",
                merged.TypeSources["Query"].Select(x => x.Subgraph.Name), "Query");
        }
    }
}
