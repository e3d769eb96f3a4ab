namespace GraphGateway.Subgraphs.Reviews.Data;

/// <summary>A product review row.</summary>
public sealed class Review
{
    /// <summary>Primary key; exposed as <c>Review.id</c>.</summary>
    public int Id { get; set; }

    /// <summary>UPC of the reviewed product.</summary>
    public required string ProductUpc { get; set; }

    /// <summary>Id of the author (an accounts user; see <see cref="Author"/>).</summary>
    public int AuthorId { get; set; }

    /// <summary>Rating 1..5.</summary>
    public int Rating { get; set; }

    /// <summary>Review text.</summary>
    public required string Body { get; set; }

    /// <summary>Creation time (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}

/// <summary>The reviews subgraph's copy of a user's public profile (why it can provide <c>username</c> and share <c>name</c>).</summary>
public sealed class Author
{
    /// <summary>User id (same as the accounts subgraph).</summary>
    public int Id { get; set; }

    /// <summary>Username.</summary>
    public required string Username { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }
}
