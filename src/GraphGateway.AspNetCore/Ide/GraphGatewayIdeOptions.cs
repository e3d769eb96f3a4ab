namespace GraphGateway.AspNetCore.Ide;

/// <summary>
/// Settings of the GraphQL IDE (configuration section <c>GraphGateway:Ide</c>).
/// </summary>
public sealed record GraphGatewayIdeOptions
{
    /// <summary>The configuration section these options are read from.</summary>
    public const string SectionName = "GraphGateway:Ide";

    /// <summary>
    /// Whether <c>UseGraphGatewayIde</c> serves the IDE. <see langword="null"/> (the default) means:
    /// on when the host environment is Development, off otherwise (Production).
    /// </summary>
    public bool? Enabled { get; init; }
}
