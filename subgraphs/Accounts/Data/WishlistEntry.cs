namespace GraphGateway.Subgraphs.Accounts.Data;

/// <summary>An item (by UPC) on a user's wishlist.</summary>
public sealed class WishlistEntry
{
    /// <summary>The user's id.</summary>
    public int UserId { get; set; }

    /// <summary>UPC of the wished-for item (an <c>Item</c> owned by the products subgraph).</summary>
    public required string Upc { get; set; }

    /// <summary>Position on the list, from 0.</summary>
    public int Position { get; set; }
}
