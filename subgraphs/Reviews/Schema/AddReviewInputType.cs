using GraphQL.Types;

namespace GraphGateway.Subgraphs.Reviews.Schema;

/// <summary>Arguments of <c>addReview</c>.</summary>
/// <param name="ProductUpc">UPC of a catalogue product (<c>P0001</c>..<c>P1000</c>).</param>
/// <param name="AuthorId">Id of an existing user.</param>
/// <param name="Rating">1..5.</param>
/// <param name="Body">1..2000 characters.</param>
public sealed record AddReviewInput(string ProductUpc, string AuthorId, int Rating, string Body);

/// <summary><c>input AddReviewInput { productUpc: String! authorId: ID! rating: Int! body: String! }</c>.</summary>
public sealed class AddReviewInputType : InputObjectGraphType<AddReviewInput>
{
    /// <summary>Defines the fields.</summary>
    public AddReviewInputType()
    {
        this.Name = "AddReviewInput";
        this.Field<NonNullGraphType<StringGraphType>>("productUpc");
        this.Field<NonNullGraphType<IdGraphType>>("authorId");
        this.Field<NonNullGraphType<IntGraphType>>("rating").Description("1 (worst) to 5 (best).");
        this.Field<NonNullGraphType<StringGraphType>>("body").Description("1 to 2000 characters.");
    }
}
