namespace GraphGateway.Core.Composition.Rules.PostMerge;

/// <summary><c>NO_QUERIES</c>: the supergraph must have at least one query root field.</summary>
internal sealed class NoQueriesRule : IPostMergeRule
{
    public void Validate(MergedSupergraph merged, CompositionContext context)
    {
        if (merged.Schema.QueryType is not { Fields.Count: > 0 })
        {
            context.Error(ErrorCodes.NoQueries, "No queries found in any subgraph: a supergraph must have a query root type.", []);
        }
    }
}
