using System.Globalization;
using GraphGateway.Subgraphs.Accounts.Data;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Common.Schema;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary>Root query fields of the accounts subgraph.</summary>
public sealed class AccountsQuery : ObjectGraphType
{
    /// <summary>Defines <c>me</c>, <c>user</c>, <c>users</c> and <c>node</c>.</summary>
    public AccountsQuery()
    {
        this.Name = "Query";
        this.Field<UserType>("me")
            .Description("The signed-in user, named by the x-user-id request header; null without it.")
            .Authenticated()
            .Resolve(context =>
            {
                var header = context.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Headers[SubgraphOptions.UserIdHeader].ToString();
                return int.TryParse(header, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                    ? context.RequestServices!.GetRequiredService<UserLoaders>().ByKey.Load(UserKey.ForId(id))
                    : null;
            });
        this.Field<UserType>("user")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => LoadById(context, context.GetArgument<string>("id")));
        this.Field<NodeType>("node")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(context => LoadById(context, context.GetArgument<string>("id")));
        this.Field<NonNullGraphType<UserConnectionType>>("users")
            .Description("Users ordered by id, a page at a time.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 10)
            .Argument<StringGraphType>("after")
            .Argument<UserFilterType>("filter")
            .Cost(5)
            .ListSize(slicingArguments: ["first"], sizedFields: ["edges"])
            .ResolveAsync(async context =>
            {
                var first = Pagination.ValidateFirst(context.GetArgument<int>("first"));
                var filter = context.GetArgument<UserFilter?>("filter");
                await using var db = await context.RequestServices!.GetRequiredService<IDbContextFactory<AccountsDbContext>>().CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
                var query = db.Users.AsNoTracking();
                if (filter?.Role is { } role)
                {
                    query = query.Where(u => u.Role == role);
                }

                if (filter?.UsernameStartsWith is { } prefix)
                {
                    query = query.Where(u => u.Username.StartsWith(prefix));
                }

                var total = await query.CountAsync(context.CancellationToken).ConfigureAwait(false);
                if (context.GetArgument<string?>("after") is { } after)
                {
                    var afterId = int.TryParse(Cursor.Decode(after), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)
                        ? parsed
                        : throw new ExecutionError($"Argument 'after' has an invalid cursor '{after}'.") { Code = "BAD_USER_INPUT" };
                    query = query.Where(u => u.Id > afterId);
                }

                return await Pagination.ToConnectionAsync(query.OrderBy(u => u.Id), total, first, u => u.Id.ToString(CultureInfo.InvariantCulture), context.CancellationToken).ConfigureAwait(false);
            });
    }

    private static object? LoadById(IResolveFieldContext context, string id) =>
        int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key)
            ? context.RequestServices!.GetRequiredService<UserLoaders>().ByKey.Load(UserKey.ForId(key))
            : null;
}
