using Microsoft.Extensions.Primitives;

namespace GraphGateway.Core.Supergraph;

/// <summary>
/// Where the served supergraph comes from (docs/architecture.md "Supergraph sources"): a file today
/// (<see cref="FileSupergraphSource"/>); a URL or a schema registry later. The runtime loads it at start, then again each
/// time <see cref="Watch"/>'s token fires; a load that fails in any way (a bad package, an I/O error, a bug, running out
/// of memory on a hostile input) is logged and the last good supergraph keeps serving.
/// </summary>
public interface ISupergraphSource
{
    /// <summary>Names the source in logs and errors, e.g. <c>file /srv/gateway.fsp</c>.</summary>
    string Description { get; }

    /// <summary>Reads and parses the current supergraph.</summary>
    /// <param name="cancellationToken">Stops a slow load (shutdown).</param>
    /// <exception cref="SupergraphException">The input is missing or invalid; the message names the input and what is wrong.</exception>
    /// <remarks>Other exceptions are possible (I/O, access); callers treat any exception as a failed load.</remarks>
    LoadedSupergraph Load(CancellationToken cancellationToken);

    /// <summary>
    /// A token that fires when the supergraph may have changed (a reload should be tried). Call again after it fired for
    /// the next change. A source that never changes returns a token that never fires.
    /// </summary>
    IChangeToken Watch();
}
