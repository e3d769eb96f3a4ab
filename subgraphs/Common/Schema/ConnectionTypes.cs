using GraphQL.Types;

namespace GraphGateway.Subgraphs.Common.Schema;

/// <summary><c>type &lt;Name&gt;Edge { cursor: String! node: &lt;Node&gt;! }</c>.</summary>
/// <typeparam name="TNodeType">Graph type of the node.</typeparam>
/// <typeparam name="TNode">CLR type of the node.</typeparam>
public abstract class EdgeType<TNodeType, TNode> : ObjectGraphType<Edge<TNode>>
    where TNodeType : IGraphType
{
    /// <summary>Defines the fields under the given type name.</summary>
    protected EdgeType(string name)
    {
        this.Name = name;
        this.Field(x => x.Cursor);
        this.Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

/// <summary><c>type &lt;Name&gt;Connection { edges: [&lt;Edge&gt;!]! pageInfo: PageInfo! totalCount: Int! }</c>.</summary>
/// <typeparam name="TEdgeType">Graph type of the edges.</typeparam>
/// <typeparam name="TNode">CLR type of the node.</typeparam>
public abstract class ConnectionType<TEdgeType, TNode> : ObjectGraphType<Connection<TNode>>
    where TEdgeType : IGraphType
{
    /// <summary>Defines the fields under the given type name.</summary>
    protected ConnectionType(string name)
    {
        this.Name = name;
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        this.Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        this.Field(x => x.TotalCount);
    }
}
