using GraphGateway.Core.Federation;

namespace GraphGateway.Core.Composition.Rules;

/// <summary>A rule checked on each subgraph alone (stage "validate subgraphs").</summary>
internal interface ISubgraphRule
{
    void Validate(Federation.Subgraph subgraph, CompositionContext context);
}

/// <summary>A rule checked across the validated subgraphs before merging.</summary>
internal interface IPreMergeRule
{
    void Validate(ValidatedSubgraphs subgraphs, CompositionContext context);
}

/// <summary>A rule checked on the merged supergraph.</summary>
internal interface IPostMergeRule
{
    void Validate(MergedSupergraph merged, CompositionContext context);
}
