using GraphGateway.BenchSubgraphs.Data;
using GraphQL;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Accounts;

/// <summary>accounts: <c>type Query { me: User user(id: ID!): User users: [User] }</c>; <c>me</c> is user 1.</summary>
internal sealed class AccountsQueryType : ObjectGraphType
{
    public AccountsQueryType(BenchData data)
    {
        Name = "Query";
        Field<AccountsUserType>("me").Resolve(_ => data.AuthorOfEveryReview);
        Field<AccountsUserType>("user")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => data.UsersById.GetValueOrDefault(c.GetArgument<string>("id")));
        Field<ListGraphType<AccountsUserType>>("users").Resolve(_ => data.Users);
    }
}
