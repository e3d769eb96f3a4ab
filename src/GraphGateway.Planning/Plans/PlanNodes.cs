using GraphGateway.Core.Operations;
using GraphGateway.Planning.Operations;

namespace GraphGateway.Planning.Plans;

/// <summary>A node of a <see cref="QueryPlan"/> (docs/runtime.md, "From operation to plan"): fetch, flatten, sequence, parallel or condition.</summary>
public abstract class PlanNode;

/// <summary>Runs its nodes one after another (each sees the results of the ones before).</summary>
/// <param name="nodes">The nodes in order.</param>
public sealed class SequenceNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    /// <summary>The nodes in order.</summary>
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}

/// <summary>Runs its nodes concurrently.</summary>
/// <param name="nodes">The nodes.</param>
public sealed class ParallelNode(IReadOnlyList<PlanNode> nodes) : PlanNode
{
    /// <summary>The nodes.</summary>
    public IReadOnlyList<PlanNode> Nodes { get; } = nodes;
}

/// <summary>
/// Runs <see cref="Node"/> (an entity fetch) for the objects at <see cref="Path"/> in the result: response keys, with
/// <c>@</c> standing for every item of a list.
/// </summary>
/// <param name="path">The path segments.</param>
/// <param name="node">The fetch to run there.</param>
public sealed class FlattenNode(IReadOnlyList<string> path, FetchNode node) : PlanNode
{
    /// <summary>Path segments (<c>topProducts</c>, <c>@</c>, <c>reviews</c>, ...).</summary>
    public IReadOnlyList<string> Path { get; } = path;

    /// <summary>The entity fetch.</summary>
    public FetchNode Node { get; } = node;
}

/// <summary>Runs <see cref="IfTrue"/> when the boolean variable is true, else <see cref="IfFalse"/> (<c>@skip</c>/<c>@include</c>).</summary>
/// <param name="variable">The variable name without <c>$</c>.</param>
/// <param name="ifTrue">Node for true, or null.</param>
/// <param name="ifFalse">Node for false, or null.</param>
public sealed class ConditionNode(string variable, PlanNode? ifTrue, PlanNode? ifFalse) : PlanNode
{
    /// <summary>The variable name.</summary>
    public string Variable { get; } = variable;

    /// <summary>Runs when the variable is true.</summary>
    public PlanNode? IfTrue { get; } = ifTrue;

    /// <summary>Runs when the variable is false or absent.</summary>
    public PlanNode? IfFalse { get; } = ifFalse;
}

/// <summary>
/// One request to one subgraph. A root fetch (<see cref="Requires"/> null) selects from the root type; an entity fetch sends
/// <c>_entities(representations:)</c> built from <see cref="Requires"/> for each object at its flatten path. Immutable and
/// complete once constructed: the operation text, variable usages and batch key are computed by the constructor.
/// </summary>
public sealed class FetchNode : PlanNode
{
    /// <summary>Creates a fetch node and writes its subgraph operation (see <see cref="FetchOperationWriter"/>).</summary>
    /// <param name="index">The fetch's index in plan order (0-based).</param>
    /// <param name="subgraph">The subgraph name.</param>
    /// <param name="kind">The subgraph operation's type (entity fetches are queries).</param>
    /// <param name="selection">Root fields, or typed fragments under <c>_entities</c>; not modified afterwards.</param>
    /// <param name="requires">The representation selection per entity type, or null for a root fetch.</param>
    /// <param name="clientOperationName">The client operation's name, or null when anonymous.</param>
    /// <param name="variableTypes">The client operation's variable types by name (only used variables are declared).</param>
    internal FetchNode(int index, string subgraph, OperationKind kind, SubgraphSelection selection, IReadOnlyList<RequiresFragment>? requires,
        string? clientOperationName, IReadOnlyDictionary<string, string> variableTypes)
    {
        Index = index;
        Subgraph = subgraph;
        OperationKind = kind;
        Selection = selection;
        Requires = requires;
        OperationName = clientOperationName is null ? null : FetchOperationWriter.OperationName(clientOperationName, subgraph, index);
        VariableUsages = FetchOperationWriter.VariableUsages(selection, variableTypes);
        OperationText = FetchOperationWriter.Write(this, variableTypes);
        BatchKey = FetchOperationWriter.BatchKey(this);
    }

    /// <summary>The fetch's index in plan order (0-based).</summary>
    public int Index { get; }

    /// <summary>The subgraph name.</summary>
    public string Subgraph { get; }

    /// <summary>The subgraph operation's type: <see cref="OperationKind.Query"/> or <see cref="OperationKind.Mutation"/>.</summary>
    public OperationKind OperationKind { get; }

    /// <summary>The selection: root fields for a root fetch, typed fragments under <c>_entities</c> for an entity fetch.</summary>
    public SubgraphSelection Selection { get; }

    /// <summary>The representation selection per entity type, or null for a root fetch.</summary>
    public IReadOnlyList<RequiresFragment>? Requires { get; }

    /// <summary>True for an <c>_entities</c> fetch.</summary>
    public bool IsEntityFetch => Requires is not null;

    /// <summary>The subgraph operation's name (<c>{operation}__{subgraph}__{index}</c>), or null for anonymous operations.</summary>
    public string? OperationName { get; }

    /// <summary>The operation text sent to the subgraph (one line).</summary>
    public string OperationText { get; }

    /// <summary>Client variables the operation uses (without <c>$</c>), sorted; only these are sent.</summary>
    public IReadOnlyList<string> VariableUsages { get; }

    /// <summary>
    /// Equal for fetches that send the same operation (apart from its name) with the same representation selection to the
    /// same subgraph: entity fetches that run in parallel with one batch key can share one <c>_entities</c> request.
    /// </summary>
    public string BatchKey { get; }
}

/// <summary>How to build the representation of an object whose <c>__typename</c> is <see cref="TypeName"/>.</summary>
/// <param name="TypeName">The object's type in the result.</param>
/// <param name="RepresentationTypeName">The <c>__typename</c> to send (the interface for an <c>@interfaceObject</c> subgraph).</param>
/// <param name="Fields">Key and required fields, read from the result under their response keys.</param>
public sealed record RequiresFragment(string TypeName, string RepresentationTypeName, IReadOnlyList<RequiresField> Fields);

/// <summary>A key or required field: written as <see cref="Name"/>, read from the result at <see cref="ResponseKey"/>.</summary>
/// <param name="Name">The field name in the representation.</param>
/// <param name="ResponseKey">The response key in the result tree.</param>
/// <param name="Selection">Sub-fields for object values, or null for leaves.</param>
/// <param name="TypeCondition">For values of abstract type: the object type this field applies to (from an inline
/// fragment in the field set), or null when it always applies.</param>
public sealed record RequiresField(string Name, string ResponseKey, IReadOnlyList<RequiresField>? Selection, string? TypeCondition = null);

/// <summary>
/// A query plan (docs/runtime.md, "From operation to plan") with the normalized operation it was made for. Immutable; cached and shared across requests.
/// </summary>
public sealed class QueryPlan
{
    internal QueryPlan(NormalizedOperation operation, PlanNode? root, string typenameKey, IReadOnlyList<FetchNode> fetches)
    {
        Operation = operation;
        Root = root;
        TypenameKey = typenameKey;
        Fetches = fetches;
        Text = QueryPlanPrinter.Print(this);
    }

    /// <summary>The normalized client operation (the response writer walks it).</summary>
    public NormalizedOperation Operation { get; }

    /// <summary>The root node, or null when nothing needs fetching (only <c>__typename</c>/introspection).</summary>
    public PlanNode? Root { get; }

    /// <summary>The response key under which subgraph results carry <c>__typename</c> (normally <c>__typename</c>).</summary>
    public string TypenameKey { get; }

    /// <summary>All fetch nodes in plan order.</summary>
    public IReadOnlyList<FetchNode> Fetches { get; }

    /// <summary>The stable text form (see <see cref="QueryPlanPrinter"/>).</summary>
    public string Text { get; }

    /// <inheritdoc />
    public override string ToString() => Text;
}
