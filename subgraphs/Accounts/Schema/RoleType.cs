using GraphQL.Types;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary><c>enum Role { CUSTOMER ADMIN }</c>; values are the stored role names.</summary>
public sealed class RoleType : EnumerationGraphType
{
    /// <summary>Defines the values.</summary>
    public RoleType()
    {
        this.Name = "Role";
        this.Add("CUSTOMER", "CUSTOMER", "A shopper.");
        this.Add("ADMIN", "ADMIN", "A store administrator.");
    }
}
