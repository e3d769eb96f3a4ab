using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Transport;

namespace GraphGateway.Execution.Diagnostics;

/// <summary>
/// Observes what the gateway does (docs/architecture.md "Execution events"): requests, stages, subgraph requests and
/// supergraph loads. Telemetry (traces, metrics), logging and tests implement it; every member has an empty default, so a
/// listener overrides only what it needs. Scope-returning members are called when something starts; the returned
/// scope (or null) is disposed when it ends, on the same async flow, so a listener can start an
/// <see cref="System.Diagnostics.Activity"/> there and read the context's outcome when disposed. Listeners must be
/// thread-safe and must not throw (an exception is logged and the listener is skipped for that event).
/// </summary>
public interface IGatewayEventListener
{
    /// <summary>A request enters the pipeline; the scope ends after the write stage (the context then holds the outcome).</summary>
    IDisposable? RequestStarted(GatewayRequestContext context) => null;

    /// <summary>A stage (<see cref="GatewayStages"/> name or a custom one) starts; the scope ends when it returns or throws.</summary>
    IDisposable? StageStarted(GatewayRequestContext context, string stage) => null;

    /// <summary>A stage threw an unexpected exception (a gateway bug); the request is answered with a 500.</summary>
    void StageFailed(GatewayRequestContext context, string stage, Exception exception)
    {
    }

    /// <summary>A subgraph request is about to be sent (all attempts included); the scope ends when its result is known.</summary>
    IDisposable? SubgraphRequestStarted(SubgraphRequest request) => null;

    /// <summary>A subgraph request finished with <paramref name="result"/> after <paramref name="elapsed"/> (all attempts).</summary>
    void SubgraphRequestCompleted(SubgraphRequest request, SubgraphResult result, TimeSpan elapsed)
    {
    }

    /// <summary>A supergraph was loaded and is now served.</summary>
    /// <param name="version">The snapshot version (SHA-256 of the input).</param>
    /// <param name="source">Where it came from (<see cref="Core.Supergraph.ISupergraphSource.Description"/>).</param>
    /// <param name="isReload">False for the first load.</param>
    void SupergraphLoaded(string version, string source, bool isReload)
    {
    }

    /// <summary>Loading a new supergraph failed; the last good one (if any) keeps serving.</summary>
    void SupergraphLoadFailed(string source, Exception exception)
    {
    }
}
