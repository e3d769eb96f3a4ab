using GraphGateway.Subgraphs.Accounts.Data;
using GraphGateway.Subgraphs.Common.Schema;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary><c>type UserEdge</c>.</summary>
public sealed class UserEdgeType() : EdgeType<UserType, User>("UserEdge");

/// <summary><c>type UserConnection</c>.</summary>
public sealed class UserConnectionType() : ConnectionType<UserEdgeType, User>("UserConnection");
