using System.Globalization;
using GraphGateway.Subgraphs.Common.Data;
using GraphGateway.Subgraphs.Reviews.Data;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>
/// <c>type Review implements Node @key(fields: "id")</c>: owned here. <c>author</c> is <c>@provides(fields: "username")</c>
/// because this subgraph keeps a copy of each author's username.
/// </summary>
public sealed class ReviewType : ObjectGraphType<Review>
{
    /// <summary>Defines the fields and the reference resolver (batched).</summary>
    public ReviewType()
    {
        this.Name = "Review";
        this.Key("id");
        this.Interface<NodeType>();
        this.IsTypeOf = o => o is Review;
        this.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id.ToString(CultureInfo.InvariantCulture));
        this.Field(x => x.Body);
        this.Field(x => x.Rating).Description("1 (worst) to 5 (best).");
        this.Field(x => x.CreatedAt);
        this.Field<NonNullGraphType<UserType>>("author")
            .Provides("username")
            .Resolve(c => c.RequestServices!.GetRequiredService<ReviewLoaders>().AuthorById.Load(c.Source.AuthorId));
        this.Field<NonNullGraphType<ProductType>>("product").Resolve(c => new ReviewedProduct(c.Source.ProductUpc));
        this.ResolveReference<ReviewReference, Review>(ResolveReference);
    }

    private static IDataLoaderResult<Review?> ResolveReference(IResolveFieldContext context, ReviewReference reference) =>
        int.TryParse(reference.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? context.RequestServices!.GetRequiredService<ReviewLoaders>().ById.Load(id)
            : DataLoaderValue.From<Review?>(null);

    /// <summary>A <c>Review</c> representation.</summary>
    public sealed class ReviewReference
    {
        /// <summary>The <c>id</c> key.</summary>
        public string? Id { get; set; }
    }
}

/// <summary><c>interface Node { id: ID! }</c>; also defined by accounts (implemented by <c>User</c> there).</summary>
public sealed class NodeType : InterfaceGraphType
{
    /// <summary>Defines the interface.</summary>
    public NodeType()
    {
        this.Name = "Node";
        this.Field<NonNullGraphType<IdGraphType>>("id");
    }
}
