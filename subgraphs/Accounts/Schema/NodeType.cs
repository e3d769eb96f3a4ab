using GraphQL.Types;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary><c>interface Node { id: ID! }</c>; also defined by the reviews subgraph, so its implementations span subgraphs.</summary>
public sealed class NodeType : InterfaceGraphType
{
    /// <summary>Defines the interface.</summary>
    public NodeType()
    {
        this.Name = "Node";
        this.Field<NonNullGraphType<IdGraphType>>("id");
    }
}
