namespace GraphGateway.Core.Packaging;

/// <summary>
/// Thrown when a <c>gateway.fsp</c> (or a subgraph package) cannot be read: not a zip, a missing or
/// malformed entry, an unknown format version. The message names the package and the entry.
/// </summary>
public sealed class PackageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PackageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
