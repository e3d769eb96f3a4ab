using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Reviews.Data;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary><c>type ReviewEdge</c>.</summary>
public sealed class ReviewEdgeType() : EdgeType<ReviewType, Review>("ReviewEdge");

/// <summary><c>type ReviewConnection</c>.</summary>
public sealed class ReviewConnectionType() : ConnectionType<ReviewEdgeType, Review>("ReviewConnection");
