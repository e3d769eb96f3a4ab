using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Products.Data;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary><c>type ProductEdge</c>.</summary>
public sealed class ProductEdgeType() : EdgeType<ProductType, Product>("ProductEdge");

/// <summary><c>type ProductConnection</c>.</summary>
public sealed class ProductConnectionType() : ConnectionType<ProductEdgeType, Product>("ProductConnection");
