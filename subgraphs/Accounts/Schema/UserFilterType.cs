using GraphQL.Types;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary>Filter for <c>Query.users</c>.</summary>
/// <param name="Role">Only users with this role.</param>
/// <param name="UsernameStartsWith">Only usernames with this prefix.</param>
public sealed record UserFilter(string? Role, string? UsernameStartsWith);

/// <summary><c>input UserFilter { role: Role usernameStartsWith: String }</c>.</summary>
public sealed class UserFilterType : InputObjectGraphType<UserFilter>
{
    /// <summary>Defines the fields.</summary>
    public UserFilterType()
    {
        this.Name = "UserFilter";
        this.Field<RoleType>("role");
        this.Field<StringGraphType>("usernameStartsWith");
    }
}
