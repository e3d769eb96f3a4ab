using GraphGateway.Core.Operations;

namespace GraphGateway.Execution;

/// <summary>
/// Runs a validated operation against one loaded supergraph and produces the whole GraphQL response
/// (GraphQL spec §7: <c>{"data": ..., "errors": [...], "extensions": {...}}</c>). Implementations never throw
/// for subgraph failures: those become errors in the response. They throw only
/// <see cref="OperationCanceledException"/> when <c>cancellationToken</c> is cancelled.
/// </summary>
public interface IOperationExecutor
{
    /// <summary>Executes <paramref name="operation"/>.</summary>
    /// <param name="operation">Parsed, validated, variables coerced against the API schema.</param>
    /// <param name="context">Per-request data: headers that may be forwarded, plan output switch.</param>
    /// <param name="cancellationToken">Cancels subgraph calls (client gone, request timeout).</param>
    ValueTask<ExecutionResponse> ExecuteAsync(ValidatedOperation operation, OperationContext context, CancellationToken cancellationToken);
}

/// <summary>Per-request inputs to execution besides the operation.</summary>
public sealed class OperationContext
{
    /// <summary>
    /// Incoming request headers by lower-case name. Which of them reach which subgraph is decided by
    /// configuration; none by default.
    /// </summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = NoHeaders;

    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    /// <summary>When true, the response's <c>extensions.queryPlan</c> holds the plan's text form.</summary>
    public bool IncludeQueryPlan { get; init; }
}

/// <summary>
/// The finished response body: UTF-8 JSON of a GraphQL response object. The body may live in an array rented from
/// <see cref="System.Buffers.ArrayPool{T}.Shared"/>; <see cref="Dispose"/> returns it, after which <see cref="Body"/>
/// must not be read. Not disposing is safe (the array is then left to the GC).
/// </summary>
/// <param name="Body">The JSON bytes, ready to write to the client.</param>
/// <param name="HasData">True when the response has a <c>data</c> entry (execution began).</param>
public sealed record ExecutionResponse(ReadOnlyMemory<byte> Body, bool HasData) : IDisposable
{
    private byte[]? _pooled;

    /// <summary>
    /// Copies (<c>response with { ... }</c>) without taking ownership of a pooled body: the synthesized copy constructor
    /// copied the pooled array too, so disposing the original and its copy returned one array to the pool twice (two
    /// later responses would then share it). A copy's <see cref="Body"/> is valid only while the original's is.
    /// </summary>
    private ExecutionResponse(ExecutionResponse original)
    {
        Body = original.Body;
        HasData = original.HasData;
    }

    /// <summary>A response whose body is the first <paramref name="length"/> bytes of <paramref name="pooled"/>, rented from the shared pool.</summary>
    internal static ExecutionResponse FromPool(byte[] pooled, int length, bool hasData) =>
        new(pooled.AsMemory(0, length), hasData) { _pooled = pooled };

    /// <summary>Returns a pooled body's array to the pool (once; later calls do nothing).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _pooled, null) is { } array)
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(array);
        }
    }
}
