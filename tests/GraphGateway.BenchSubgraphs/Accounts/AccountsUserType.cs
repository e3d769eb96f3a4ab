using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Accounts;

/// <summary>accounts: <c>type User @key(fields: "id") { id: ID! name: String username: String @shareable birthday: Int }</c>.</summary>
internal sealed class AccountsUserType : ObjectGraphType<User>
{
    public AccountsUserType(BenchData data)
    {
        Name = "User";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(static c => c.Source.Id);
        Field<StringGraphType>("name").Resolve(static c => c.Source.Name);
        Field<StringGraphType>("username").Resolve(static c => c.Source.Username).Shareable();
        Field<IntGraphType>("birthday").Resolve(static c => c.Source.Birthday);
        IsTypeOf = static o => o is User;
        this.ResolveReference<IDictionary<string, object?>, User>(
            (_, rep) => EntityKeys.Get(rep, "id") is { } id ? data.UsersById.GetValueOrDefault(id) : null);
    }
}
