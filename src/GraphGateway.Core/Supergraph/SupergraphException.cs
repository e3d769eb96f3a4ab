namespace GraphGateway.Core.Supergraph;

/// <summary>
/// A supergraph could not be read: the SDL or package is malformed, or the join metadata is
/// inconsistent. <see cref="Exception.Message"/> lists every problem, each naming what and where.
/// </summary>
public sealed class SupergraphException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SupergraphException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    /// <summary>Creates the exception from the problems found, with the underlying cause.</summary>
    public SupergraphException(IReadOnlyList<string> problems, Exception inner)
        : base(string.Join(Environment.NewLine, problems), inner) => Problems = problems;

    /// <summary>Every problem found, one line each (e.g. <c>supergraph.graphql:12:3: type Product: @join__type names unknown graph FOO</c>).</summary>
    public IReadOnlyList<string> Problems { get; }
}
