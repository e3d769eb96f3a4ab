using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Composition.Rules.PostMerge;

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
