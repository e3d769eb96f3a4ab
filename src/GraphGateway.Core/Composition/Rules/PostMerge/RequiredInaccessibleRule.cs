using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

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
