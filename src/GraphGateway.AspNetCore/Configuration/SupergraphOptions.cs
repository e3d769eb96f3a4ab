namespace GraphGateway.AspNetCore.Configuration;

/// <summary><c>GraphGateway:Supergraph</c>.</summary>
public sealed class SupergraphOptions
{
    /// <summary><c>Path</c>: a <c>gateway.fsp</c> package or a supergraph SDL file (<c>.graphql</c>). Required.</summary>
    public string? Path { get; set; }

    /// <summary><c>ReloadOnChange</c>: reload when the file changes, keeping the last good supergraph on a bad one. Default true.</summary>
    public bool ReloadOnChange { get; set; } = true;
}

