namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary><c>EXTERNAL_MISSING_ON_BASE</c>: a field marked <c>@external</c> in every subgraph defining it is resolved nowhere.</summary>
internal sealed class ExternalMissingOnBaseRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        foreach (var ((type, field), sources) in merged.FieldSources)
        {
            if (sources.Count > 0 && sources.All(s => s.IsExternal))
            {
                var coordinate = $"{type}.{field}";
                context.Error(ErrorCodes.ExternalMissingOnBase,
                    $"Field \"{coordinate}\" is marked @external on all the subgraphs in which it is listed ({CompositionContext.Subgraphs(sources.Select(s => s.Subgraph.Name))}).",
                    sources.Select(s => s.Subgraph.Name), coordinate);
            }
        }
    }
}
