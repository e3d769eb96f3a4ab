using System.Security.Claims;
using System.Text;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution;
using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Pipeline.Stages;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning.Plans;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphGateway.TestSupport;

/// <summary>
/// The gateway's request pipeline over one supergraph, run in process without HTTP: the built-in stages from
/// resolve-document to write, over a <see cref="GatewaySnapshot"/> whose every subgraph is served by one
/// <see cref="ISubgraphClient"/>. Operations are handed in already validated (the parse-validate stage then skips).
/// </summary>
public sealed class InProcessGateway
{
    private readonly PlanStage _planStage;

    /// <summary>Creates the gateway.</summary>
    /// <param name="model">The supergraph.</param>
    /// <param name="client">Serves every subgraph.</param>
    /// <param name="options">Plan cache size and planning guardrail.</param>
    /// <param name="settings">Introspection, override labels; defaults when null.</param>
    /// <param name="listeners">Event listeners.</param>
    /// <param name="contributors">Plan-cache key contributors besides the built-in override-label one.</param>
    /// <param name="limits">Document limits of the parse-validate stage.</param>
    public InProcessGateway(SupergraphModel model, ISubgraphClient client, GatewaySnapshotOptions? options = null, GatewayExecutionSettings? settings = null,
        IEnumerable<IGatewayEventListener>? listeners = null, IEnumerable<IPlanCacheKeyContributor>? contributors = null, OperationLimits? limits = null)
    {
        settings ??= new GatewayExecutionSettings { IntrospectionEnabled = true };
        _planStage = new PlanStage([new OverrideLabelsContributor(settings), .. contributors ?? []]);
        Snapshot = new GatewaySnapshot(model, "test", model.Subgraphs.ToDictionary(s => s.Name, _ => client, StringComparer.Ordinal), options);
        var events = new GatewayEvents(listeners ?? []);
        var preparer = new OperationPreparer(new DocumentCache(1024), limits ?? new OperationLimits());
        Pipeline = new GatewayPipeline(
            [
                new ResolveDocumentStage(),
                new ParseValidateStage(preparer, settings),
                new AuthorizeStage(),
                _planStage,
                new ExecuteStage(events, TimeProvider.System),
                new CompleteStage(),
                new WriteStage(),
            ],
            events,
            NullLogger<GatewayPipeline>.Instance);
    }

    /// <summary>The snapshot served.</summary>
    public GatewaySnapshot Snapshot { get; }

    /// <summary>The pipeline.</summary>
    public GatewayPipeline Pipeline { get; }

    /// <summary>Entries in the snapshot's plan cache.</summary>
    public int CachedPlanCount => Snapshot.Plans.Count;

    /// <summary>Runs <paramref name="operation"/> and returns the written response (dispose it to return its buffer).</summary>
    public async ValueTask<ExecutedResponse> ExecuteAsync(ValidatedOperation operation, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        var context = NewContext(operation, request, cancellationToken);
        try
        {
            await Pipeline.ExecuteAsync(context);
            return new ExecutedResponse(context);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="request"/> from its document text (parse, validate, coerce, plan, execute, write).</summary>
    public async ValueTask<ExecutedResponse> ExecuteAsync(GraphQLRequest request, RequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var context = NewContext(null, options, cancellationToken);
        context.Request = request;
        try
        {
            await Pipeline.ExecuteAsync(context);
            return new ExecutedResponse(context);
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>Runs <paramref name="operation"/> and returns the response JSON text.</summary>
    public async Task<string> ExecuteTextAsync(ValidatedOperation operation, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        using var response = await ExecuteAsync(operation, request, cancellationToken);
        return response.Text;
    }

    /// <summary>The (cached) plan of <paramref name="operation"/>.</summary>
    /// <exception cref="InvalidOperationException">Planning failed; the message is the planning error.</exception>
    public QueryPlan GetPlan(ValidatedOperation operation)
    {
        using var context = NewContext(operation, null, CancellationToken.None);
        _planStage.InvokeAsync(context).AsTask().GetAwaiter().GetResult();
        return context.Plan ?? throw new InvalidOperationException(context.Errors[0].Message);
    }

    private GatewayRequestContext NewContext(ValidatedOperation? operation, RequestOptions? request, CancellationToken cancellationToken) =>
        new(Snapshot, cancellationToken)
        {
            Operation = operation,
            Headers = request?.Headers ?? new Dictionary<string, string>(),
            IncludeQueryPlan = request?.IncludeQueryPlan ?? false,
            User = request?.User ?? new ClaimsPrincipal(new ClaimsIdentity()),
        };
}

/// <summary>What a test request carries besides the operation.</summary>
public sealed record RequestOptions
{
    /// <summary>Request headers by lower-case name.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary>Return the plan in <c>extensions.queryPlan</c>.</summary>
    public bool IncludeQueryPlan { get; init; }

    /// <summary>The principal; anonymous when null.</summary>
    public ClaimsPrincipal? User { get; init; }
}

/// <summary>A written response; disposing it returns its pooled buffer.</summary>
public sealed class ExecutedResponse(GatewayRequestContext context) : IDisposable
{
    /// <summary>The request context after the pipeline ran.</summary>
    public GatewayRequestContext Context { get; } = context;

    /// <summary>The response bytes.</summary>
    public ReadOnlyMemory<byte> Body => Context.Response?.Memory ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>The response JSON text.</summary>
    public string Text => Encoding.UTF8.GetString(Body.Span);

    /// <summary>False when the request ended before execution produced data (no <c>data</c> entry).</summary>
    public bool HasData => Context.ErrorKind is null;

    /// <inheritdoc />
    public void Dispose() => Context.Dispose();
}

/// <summary>Runs validated operations through any <see cref="GatewayPipeline"/> (e.g. the one <c>AddGraphGateway</c> registers).</summary>
public static class GatewayPipelineTestExtensions
{
    /// <summary>Runs <paramref name="operation"/> over <paramref name="snapshot"/> and returns the response JSON text.</summary>
    public static async Task<string> ExecuteTextAsync(this GatewayPipeline pipeline, GatewaySnapshot snapshot, ValidatedOperation operation, RequestOptions? request = null, CancellationToken cancellationToken = default)
    {
        using var context = new GatewayRequestContext(snapshot, cancellationToken)
        {
            Operation = operation,
            Headers = request?.Headers ?? new Dictionary<string, string>(),
            IncludeQueryPlan = request?.IncludeQueryPlan ?? false,
            User = request?.User ?? new ClaimsPrincipal(new ClaimsIdentity()),
        };
        await pipeline.ExecuteAsync(context);
        return Encoding.UTF8.GetString(context.Response!.Memory.Span);
    }
}
