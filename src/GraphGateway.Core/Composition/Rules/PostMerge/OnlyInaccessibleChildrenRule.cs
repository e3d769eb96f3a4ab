using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

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
