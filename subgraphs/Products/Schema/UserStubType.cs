using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.Subgraphs.Products.Schema;

/// <summary><c>type User @key(fields: "id", resolvable: false) { id: ID! }</c>: a reference to the accounts subgraph's user; the source is the id.</summary>
public sealed class UserStubType : ObjectGraphType<string>
{
    /// <summary>Defines the stub.</summary>
    public UserStubType()
    {
        this.Name = "User";
        this.Key("id", resolvable: false);
        this.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source);
    }
}
