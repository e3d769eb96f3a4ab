using System.Security.Claims;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Executor;
using GraphGateway.Planning.Caching;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// What the stages of one request share (docs/architecture.md "Request context"): the supergraph snapshot the request
/// uses from start to end, the request parameters, the principal, the prepared operation with its coerced variables, the
/// plan-cache key parts, the plan, the execution result, and the errors and extensions added on the way. Stages read what
/// earlier stages set and set what later stages read; nothing is kept in global side tables. One instance per request,
/// used by one stage at a time (not thread-safe, except <see cref="Errors"/> while fetches run, which the executor
/// guards). The owner (the transport) disposes it once the response has been sent; that returns the response buffer.
/// </summary>
public sealed class GatewayRequestContext : IDisposable
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    private PlanCacheKeyBuilder? _planKey;
    private ResponseExtensions? _extensions;
    private Dictionary<object, object?>? _items;

    /// <summary>Creates the context of one request served from <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">The supergraph to serve from, or null when none is loaded (the first stage ends the request with 503).</param>
    /// <param name="requestAborted">Cancelled when the client goes away or the request deadline passes.</param>
    public GatewayRequestContext(GatewaySnapshot? snapshot, CancellationToken requestAborted)
    {
        Snapshot = snapshot;
        RequestAborted = requestAborted;
    }

    /// <summary>The transport's own request object (for HTTP an <c>HttpGatewayRequest</c> with the <c>HttpContext</c>), or null.</summary>
    public object? Transport { get; init; }

    /// <summary>The supergraph snapshot the whole request uses (a reload during the request does not change it).</summary>
    public GatewaySnapshot? Snapshot { get; }

    /// <summary>Cancelled when the client disconnects or the request deadline passes; stages pass it to every wait.</summary>
    public CancellationToken RequestAborted { get; }

    /// <summary>The request parameters, set by the read stage (or by the host before the pipeline runs).</summary>
    public GraphQLRequest? Request { get; set; }

    /// <summary>False when the transport forbids mutations (GraphQL over HTTP §6.3.1: GET requests). Default true.</summary>
    public bool AllowMutations { get; set; } = true;

    /// <summary>The request's headers by lower-case name (multiple values comma-joined). Forwarded to subgraphs only by configuration.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; set; } = NoHeaders;

    /// <summary>The authenticated principal, or an unauthenticated one (no identity with <c>IsAuthenticated</c>).</summary>
    public ClaimsPrincipal User { get; set; } = Anonymous;

    /// <summary>When true, the response's <c>extensions.queryPlan</c> holds the plan's text form.</summary>
    public bool IncludeQueryPlan { get; set; }

    /// <summary>The document text to prepare, set by the document stage (from <see cref="GraphQLRequest.Query"/> today).</summary>
    public string? DocumentText { get; set; }

    /// <summary>The parsed, validated operation with coerced variables, set by the parse-and-validate stage.</summary>
    public ValidatedOperation? Operation { get; set; }

    /// <summary>
    /// The plan-changing inputs of this request (override labels, authorization decision, ...): stages before the plan
    /// stage add parts; the plan stage builds the <see cref="PlanCacheKey"/> from them.
    /// </summary>
    public PlanCacheKeyBuilder PlanKey => _planKey ??= new PlanCacheKeyBuilder();

    /// <summary>The key parts added so far, or null when none were (the key then needs no allocation).</summary>
    internal PlanCacheKeyBuilder? PlanKeyOrNull => _planKey;

    /// <summary>The progressive <c>@override</c> labels active for this request, or null when the supergraph has none.</summary>
    public IReadOnlySet<string>? OverrideLabels { get; set; }

    /// <summary>
    /// Rewrites the normalized operation before it is planned (e.g. removes fields the principal may not see), or null.
    /// Applied only when the plan is not cached: whatever it depends on must be a part of <see cref="PlanKey"/>.
    /// </summary>
    public Func<Planning.Operations.NormalizedOperation, Planning.Operations.NormalizedOperation>? RewriteBeforePlanning { get; set; }

    /// <summary>The query plan, set by the plan stage.</summary>
    public QueryPlan? Plan { get; set; }

    /// <summary>True when <see cref="Plan"/> came from the plan cache.</summary>
    public bool PlanCacheHit { get; set; }

    /// <summary>Errors of the response in order: request errors, subgraph and field errors, errors stages add before writing.</summary>
    public List<GraphQLError> Errors { get; } = [];

    /// <summary>The response's <c>extensions</c>; stages add entries until the write stage.</summary>
    public ResponseExtensions Extensions => _extensions ??= new ResponseExtensions();

    /// <summary>True when the response has an <c>extensions</c> entry to write.</summary>
    public bool HasExtensions => _extensions is { IsEmpty: false };

    /// <summary>Why the request ended early, or null while it runs normally.</summary>
    public RequestErrorKind? ErrorKind { get; private set; }

    /// <summary>The status code for <see cref="RequestErrorKind.Transport"/> and <see cref="RequestErrorKind.Unavailable"/> ends.</summary>
    public int ErrorStatusCode { get; private set; }

    /// <summary>
    /// True once a stage ended the request (<see cref="End"/>) or answered it (set <see cref="Response"/>): the pipeline then
    /// skips the remaining stages except those that run for ended requests (the write stage).
    /// </summary>
    public bool IsEnded => ErrorKind is not null || Response is not null;

    /// <summary>True when the completed response has a non-null <c>data</c> entry (set by the complete stage).</summary>
    public bool HasData { get; internal set; }

    /// <summary>
    /// The written response (UTF-8 JSON of a whole GraphQL response), set by the write stage — or by an earlier stage that
    /// answers the request itself (a response cache hit, a shared in-flight request, a test double); the later built-in
    /// stages then do nothing and the write stage keeps it. Owned (and disposed) by this context.
    /// </summary>
    public ResponseBody? Response { get; set; }

    /// <summary>State for stages and extensions (keys should be private objects or types), created on first use.</summary>
    public IDictionary<object, object?> Items => _items ??= [];

    /// <summary>The run of the plan (result tree and pooled buffers), set by the execute stage.</summary>
    internal PlanRunner? Execution { get; set; }

    /// <summary>The response shaper, set by the complete stage and used by the write stage.</summary>
    internal ResponseWriter? Shaper { get; set; }

    /// <summary>
    /// Ends the request with <paramref name="errors"/>: later stages are skipped and the write stage writes
    /// <c>{"errors":[...]}</c> (no <c>data</c>). The first end wins; later calls only add their errors.
    /// </summary>
    /// <param name="kind">Why; decides the status code with the response media type.</param>
    /// <param name="errors">The errors to answer with (at least one).</param>
    /// <param name="statusCode">The status for <see cref="RequestErrorKind.Transport"/>/<see cref="RequestErrorKind.Unavailable"/> (e.g. 405, 413, 503).</param>
    public void End(RequestErrorKind kind, IReadOnlyList<GraphQLError> errors, int statusCode = 400)
    {
        Errors.AddRange(errors);
        if (ErrorKind is null)
        {
            ErrorKind = kind;
            ErrorStatusCode = statusCode;
        }
    }

    /// <summary>Returns the response buffer to its pool. Call once, after the response was sent.</summary>
    public void Dispose()
    {
        // A run that did not reach the write stage (failure, cancellation) leaves its memory to the GC: a fetch may still hold it.
        Execution = null;
        Shaper = null;
        Response?.Dispose();
        Response = null;
    }
}
