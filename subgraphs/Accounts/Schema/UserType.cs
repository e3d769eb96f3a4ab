using System.Globalization;
using GraphGateway.Subgraphs.Accounts.Data;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphQL;
using GraphQL.Federation;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Accounts.Schema;

/// <summary>
/// <c>type User implements Node @key(fields: "id") @key(fields: "username")</c>: the user entity, owned here.
/// <c>name</c> is <c>@shareable</c> (reviews resolves it too); <c>email</c> needs scope <c>read:email</c>.
/// </summary>
public sealed class UserType : ObjectGraphType<User>
{
    /// <summary>Defines the fields and the entity reference resolver (batched per key).</summary>
    public UserType()
    {
        this.Name = "User";
        this.Key("id");
        this.Key("username");
        this.Interface<NodeType>();
        this.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        this.Field(x => x.Username);
        this.Field(x => x.Name).Shareable();
        this.Field(x => x.Email).RequiresScopes(["read:email"]);
        this.Field<NonNullGraphType<RoleType>>("role").Resolve(c => c.Source.Role);
        this.Field(x => x.CreatedAt);
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("wishlist")
            .Description("Items the user wishes for, in list order.")
            .ListSize(assumedSize: 10)
            .Resolve(c => c.RequestServices!.GetRequiredService<UserLoaders>().WishlistByUser
                .Load(c.Source.Id, upcs => (upcs ?? []).Select(upc => new ItemObject(upc)).ToArray()));
        this.ResolveReference<UserReference, User>(ResolveReference);
    }

    private static IDataLoaderResult<User?> ResolveReference(IResolveFieldContext context, UserReference reference)
    {
        var loaders = context.RequestServices!.GetRequiredService<UserLoaders>();
        IDataLoaderResult<User?> result = reference switch
        {
            { Id: { } id } => int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? loaders.ByKey.Load(UserKey.ForId(key)) : DataLoaderValue.From<User?>(null),
            { Username: { } username } => loaders.ByKey.Load(UserKey.ForUsername(username)),
            _ => DataLoaderValue.From<User?>(null),
        };
        return result;
    }

    /// <summary>A <c>User</c> representation: one of its keys.</summary>
    public sealed class UserReference
    {
        /// <summary>The <c>id</c> key.</summary>
        public string? Id { get; set; }

        /// <summary>The <c>username</c> key.</summary>
        public string? Username { get; set; }
    }
}
