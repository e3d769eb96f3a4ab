namespace GraphGateway.Planning;

/// <summary>
/// An operation could not be normalized or planned: it does not fit the supergraph (a field no subgraph
/// can resolve, an unknown field or fragment) or planning exceeded its guardrails. The message names the
/// field and type concerned.
/// </summary>
public sealed class PlanningException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PlanningException(string message)
        : base(message)
    {
    }
}
