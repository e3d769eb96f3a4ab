using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Results;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// Runs one query plan for one request: sends fetches (parallel and sequence nodes), builds deduplicated
/// representations, merges results into the result tree and rewrites subgraph error paths (docs/runtime.md, "Execution").
/// The tree's nodes come from a pooled <see cref="ResultArenaSet"/> (one arena per fetch, so parallel fetches parse
/// without sharing one) and its scalars are slices of the subgraph bodies, which may be pooled arrays:
/// <see cref="Release"/> gives all of them back once the response has been written.
/// </summary>
internal sealed partial class PlanRunner
{
    private readonly QueryPlan _plan;
    private readonly ValidatedOperation _operation;
    private readonly GatewayRequestContext _context;
    private readonly GatewaySnapshot _snapshot;
    private readonly GatewayEvents _events;
    private readonly TimeProvider _time;
    private readonly object _gate = new();
    private readonly ResultArenaSet _arenas = ResultArenaSet.Rent();

    // Per fetch node (by FetchNode.Index): each fetch runs at most once per request and writes only its own slot.
    private readonly SubgraphResult?[] _results;

    /// <summary>Prepares a run; fetch errors go to <paramref name="context"/>'s <see cref="GatewayRequestContext.Errors"/>.</summary>
    public PlanRunner(QueryPlan plan, ValidatedOperation operation, GatewayRequestContext context, GatewaySnapshot snapshot, GatewayEvents events, TimeProvider time)
    {
        _plan = plan;
        _operation = operation;
        _context = context;
        _snapshot = snapshot;
        _events = events;
        _time = time;
        Errors = context.Errors;
        _results = new SubgraphResult?[plan.Fetches.Count];
        _arenas.Prepare(plan.Fetches.Count);
        Data = _arenas.Own.NewObject();
    }

    public ResultObject Data { get; }

    /// <summary>The request's error list (guarded by a lock while fetches run in parallel).</summary>
    public List<GraphQLError> Errors { get; }

    public Task RunAsync(CancellationToken cancellationToken) =>
        _plan.Root is null ? Task.CompletedTask : RunNodeAsync(_plan.Root, cancellationToken);

    /// <summary>
    /// Returns the result tree's arenas and the subgraph bodies to their pools. Call once, after <see cref="RunAsync"/>
    /// has completed and the response has been written; <see cref="Data"/> must not be read afterwards.
    /// </summary>
    public void Release()
    {
        for (var i = 0; i < _results.Length; i++)
        {
            if (_results[i] is { } result)
            {
                _results[i] = null;
                result.ReleaseBody();
            }
        }

        ResultArenaSet.Return(_arenas);
    }

    private ResultArena ArenaFor(FetchNode fetch) => _arenas.ForFetch(fetch.Index);

    private async Task RunNodeAsync(PlanNode node, CancellationToken cancellationToken)
    {
        switch (node)
        {
            case FetchNode fetch:
                await RunRootFetchAsync(fetch, cancellationToken).ConfigureAwait(false);
                break;
            case FlattenNode flatten:
                await RunEntityFetchAsync([flatten], cancellationToken).ConfigureAwait(false);
                break;
            case SequenceNode sequence:
                foreach (var child in sequence.Nodes)
                {
                    await RunNodeAsync(child, cancellationToken).ConfigureAwait(false);
                }

                break;
            case ParallelNode parallel:
                await RunParallelAsync(parallel, cancellationToken).ConfigureAwait(false);
                break;
            case ConditionNode condition:
                var value = _operation.Variables.TryGetValue(condition.Variable, out var v) && v.ValueKind == JsonValueKind.True;
                var branch = value ? condition.IfTrue : condition.IfFalse;
                if (branch is not null)
                {
                    await RunNodeAsync(branch, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    /// <summary>Runs the children concurrently; entity fetches with one batch key share one <c>_entities</c> request.</summary>
    private Task RunParallelAsync(ParallelNode parallel, CancellationToken cancellationToken)
    {
        var tasks = new List<Task>(parallel.Nodes.Count);
        Dictionary<string, List<FlattenNode>>? batches = null;
        foreach (var node in parallel.Nodes)
        {
            if (node is FlattenNode flatten)
            {
                batches ??= new Dictionary<string, List<FlattenNode>>(StringComparer.Ordinal);
                if (!batches.TryGetValue(flatten.Node.BatchKey, out var list))
                {
                    list = [];
                    batches[flatten.Node.BatchKey] = list;
                }

                list.Add(flatten);
            }
            else
            {
                tasks.Add(RunNodeAsync(node, cancellationToken));
            }
        }

        foreach (var batch in batches?.Values ?? Enumerable.Empty<List<FlattenNode>>())
        {
            tasks.Add(RunEntityFetchAsync(batch, cancellationToken));
        }

        return Task.WhenAll(tasks);
    }

    private async Task RunRootFetchAsync(FetchNode fetch, CancellationToken cancellationToken)
    {
        var body = WriteRequest(fetch, null);
        var payload = await SendAsync(fetch, body, ArenaFor(fetch), cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (payload is null)
            {
                Data.MarkFailed(TopKeys(fetch.Selection));
                return;
            }

            if (payload.Data is { } data)
            {
                Data.Merge(data);
            }
            else
            {
                Data.MarkFailed(TopKeys(fetch.Selection));
            }

            foreach (var e in payload.Errors)
            {
                Errors.Add(WithService(e, fetch.Subgraph, e.Path));
            }
        }
    }

    /// <summary>Sends the request; on transport failure or an unreadable body records the error and returns null.</summary>
    private async Task<SubgraphPayload?> SendAsync(FetchNode fetch, ReadOnlyMemory<byte> body, ResultArena arena, CancellationToken cancellationToken)
    {
        var request = new SubgraphRequest(fetch.Subgraph, fetch.OperationKind, body, fetch, _context);
        var result = _events.IsEnabled
            ? await SendObservedAsync(request, cancellationToken).ConfigureAwait(false)
            : await _snapshot.Client(fetch.Subgraph).SendAsync(request, cancellationToken).ConfigureAwait(false);
        _results[fetch.Index] = result;
        if (result.Body is not { } bytes)
        {
            AddError(new GraphQLError($"HTTP fetch failed from '{fetch.Subgraph}': {result.FailureMessage}", ErrorCodes.SubgraphRequestFailed), fetch.Subgraph);
            return null;
        }

        var payload = SubgraphResponseParser.Parse(bytes, _plan.TypenameKey, arena);
        if (payload is null)
        {
            var ok = result.StatusCode is >= 200 and < 300;
            AddError(ok
                ? new GraphQLError($"Subgraph '{fetch.Subgraph}' returned a response that is not a GraphQL response (HTTP {result.StatusCode}).", ErrorCodes.SubgraphInvalidResponse)
                : new GraphQLError($"HTTP fetch failed from '{fetch.Subgraph}': {result.StatusCode} {ReasonPhrase(result.StatusCode)}", ErrorCodes.SubgraphRequestFailed), fetch.Subgraph);
            return null;
        }

        return payload;
    }

    /// <summary>Sends <paramref name="request"/> inside the listeners' subgraph-request scope and reports its result.</summary>
    private async ValueTask<SubgraphResult> SendObservedAsync(SubgraphRequest request, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        using var scope = _events.SubgraphRequestStarted(request);
        var result = await _snapshot.Client(request.Subgraph).SendAsync(request, cancellationToken).ConfigureAwait(false);
        _events.SubgraphRequestCompleted(request, result, _time.GetElapsedTime(started));
        return result;
    }

    /// <summary>The response keys a selection fills at its top level (through typed fragments too).</summary>
    private static IEnumerable<string> TopKeys(SubgraphSelection selection)
    {
        foreach (var item in selection.Items)
        {
            if (item is SubgraphField f)
            {
                yield return f.ResponseKey;
            }
            else if (item is SubgraphFragment fragment)
            {
                foreach (var key in TopKeys(fragment.Selection))
                {
                    yield return key;
                }
            }
        }
    }

    private static string ReasonPhrase(int status) =>
        System.Net.HttpStatusCode.IsDefined(typeof(System.Net.HttpStatusCode), status) ? ((System.Net.HttpStatusCode)status).ToString() : string.Empty;

    private void AddError(GraphQLError error, string subgraph)
    {
        lock (_gate)
        {
            Errors.Add(WithService(error, subgraph, error.Path));
        }
    }

    private static GraphQLError WithService(GraphQLError error, string subgraph, IReadOnlyList<object>? path)
    {
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (k, v) in error.Extensions ?? new Dictionary<string, JsonElement>())
        {
            extensions[k] = v;
        }

        extensions["serviceName"] = JsonSerializer.SerializeToElement(subgraph);
        return error with { Path = path, Extensions = extensions, Locations = null };
    }

    private ReadOnlyMemory<byte> WriteRequest(FetchNode fetch, RepresentationSet? representations) =>
        SubgraphRequestWriter.Write(fetch, representations, _operation.Variables);
}
