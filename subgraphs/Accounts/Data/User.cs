namespace GraphGateway.Subgraphs.Accounts.Data;

/// <summary>A user account row.</summary>
public sealed class User
{
    /// <summary>Primary key; exposed as <c>User.id</c> (an <c>ID</c>).</summary>
    public int Id { get; set; }

    /// <summary>Unique login name (second entity key).</summary>
    public required string Username { get; set; }

    /// <summary>Display name.</summary>
    public required string Name { get; set; }

    /// <summary>E-mail address (scope <c>read:email</c> at the gateway).</summary>
    public required string Email { get; set; }

    /// <summary>Role name: <c>CUSTOMER</c> or <c>ADMIN</c>.</summary>
    public required string Role { get; set; }

    /// <summary>Account creation time (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
