using GraphGateway.BenchSubgraphs.Data;
using GraphGateway.BenchSubgraphs.Hosting;
using GraphQL.Federation;
using GraphQL.Types;

namespace GraphGateway.BenchSubgraphs.Reviews;

/// <summary>
/// reviews: <c>type User @key(fields: "id") { id: ID! username: String @external reviews: [Review] }</c>.
/// README rule: <c>reviews</c> is reviews 1 and 2 for every user.
/// </summary>
internal sealed class ReviewsUserType : ObjectGraphType<User>
{
    public ReviewsUserType(BenchData data)
    {
        Name = "User";
        this.Key("id");
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(static c => c.Source.Id);
        Field<StringGraphType>("username").Resolve(static c => c.Source.Username).External();
        Field<ListGraphType<ReviewsReviewType>>("reviews").Resolve(_ => data.ReviewsOfEveryUser);
        IsTypeOf = static o => o is User;
        this.ResolveReference<IDictionary<string, object?>, User>(
            (_, rep) => EntityKeys.Get(rep, "id") is { } id ? data.UsersById.GetValueOrDefault(id) : null);
    }
}
