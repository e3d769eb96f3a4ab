using System.Globalization;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Common.Schema;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>
/// <c>type User @key(fields: "id")</c> as extended by reviews: <c>username</c> is <c>@external</c> (provided through
/// <c>Review.author</c>), <c>name</c> is <c>@shareable</c> with accounts, <c>reviews</c> is added here.
/// </summary>
public sealed class UserType : ObjectGraphType<Author>
{
    /// <summary>Defines the fields and the reference resolver (batched).</summary>
    public UserType()
    {
        this.Name = "User";
        this.Key("id");
        this.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        this.Field(x => x.Username).External();
        this.Field(x => x.Name).Shareable();
        this.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewType>>>>("reviews")
            .Description("The user's newest reviews.")
            .Argument<IntGraphType>("first", a => a.DefaultValue = 5)
            .ListSize(slicingArguments: ["first"])
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewLoaders>().ByAuthor
                .Load((c.Source.Id, Pagination.ValidateFirst(c.GetArgument<int>("first"))), r => r ?? []));
        this.ResolveReference<UserReference, Author>(ResolveReference);
    }

    private static IDataLoaderResult<Author?> ResolveReference(IResolveFieldContext context, UserReference reference) =>
        int.TryParse(reference.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? context.RequestServices!.GetRequiredService<ReviewLoaders>().AuthorById.Load(id)
            : DataLoaderValue.From<Author?>(null);

    /// <summary>A <c>User</c> representation.</summary>
    public sealed class UserReference
    {
        /// <summary>The <c>id</c> key.</summary>
        public string? Id { get; set; }
    }
}
