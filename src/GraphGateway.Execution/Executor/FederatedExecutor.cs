using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Supergraph;
using GraphGateway.Execution.Transport;
using GraphGateway.Planning;
using GraphGateway.Planning.Operations;
using GraphGateway.Planning.Planner;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Executor;

/// <summary>
/// The gateway's <see cref="IOperationExecutor"/>: normalizes and plans the operation (cached by document hash, operation
/// name and active override labels), runs the plan against the subgraphs through an <see cref="ISubgraphClient"/>, and
/// writes the client-shaped response (DESIGN §6). Subgraph failures become errors; only cancellation throws.
/// Thread-safe; one instance per loaded supergraph.
/// </summary>
public sealed class FederatedExecutor : IOperationExecutor
{
    private static readonly JsonWriterOptions ResponseJsonOptions = new()
    {
        SkipValidation = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Upper bound of the response buffer rented up front (the size of the previous response, so responses of one
    /// shape are written without growing and copying the buffer).</summary>
    private const int MaxInitialResponseBytes = 1024 * 1024;

    private readonly SupergraphModel _model;
    private readonly QueryPlanner _planner;
    private readonly ISubgraphClient _client;
    private readonly IIntrospectionWriter? _introspection;
    private readonly ExecutorOptions _options;
    private readonly QueryPlanCache<PlanKey> _cache;
    private readonly string[] _labels;
    private int _lastResponseBytes;

    /// <summary>Creates an executor over <paramref name="model"/>.</summary>
    /// <param name="model">The supergraph.</param>
    /// <param name="client">Sends subgraph requests.</param>
    /// <param name="options">Plan cache size, override labels, planning guardrail; null for defaults.</param>
    /// <param name="introspection">Answers <c>__schema</c>/<c>__type</c>; null answers them with an error.</param>
    public FederatedExecutor(SupergraphModel model, ISubgraphClient client, ExecutorOptions? options = null, IIntrospectionWriter? introspection = null)
    {
        _model = model;
        _client = client;
        _introspection = introspection;
        _options = options ?? new ExecutorOptions();
        _planner = new QueryPlanner(model, new QueryPlannerOptions { MaxEvaluatedOptions = _options.MaxPlanningOptions });
        _cache = new QueryPlanCache<PlanKey>(_options.PlanCacheSize);
        _labels = model.Types.Values.SelectMany(t => t.Fields.Values).SelectMany(f => f.Entries)
            .Select(e => e.OverrideLabel).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The supergraph served.</summary>
    public SupergraphModel Model => _model;

    /// <summary>Number of planned operations in the cache.</summary>
    public int CachedPlanCount => _cache.Count;

    /// <summary>Returns the (cached) plan for <paramref name="operation"/>, planning it when needed.</summary>
    /// <exception cref="PlanningException">The operation cannot be planned.</exception>
    public QueryPlan GetPlan(ValidatedOperation operation)
    {
        var prepared = Prepare(operation, ActiveLabels());
        return prepared.Plan ?? throw new PlanningException(prepared.Error!);
    }

    /// <inheritdoc />
    public async ValueTask<ExecutionResponse> ExecuteAsync(ValidatedOperation operation, OperationContext context, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var prepared = Prepare(operation, ActiveLabels());
        if (prepared.Plan is not { } plan)
        {
            return ErrorResponse(new GraphQLError(prepared.Error!, "QUERY_PLANNING_FAILED"));
        }

        var runner = new PlanRunner(plan, operation, context, _client);
        try
        {
            await runner.RunAsync(cancellationToken).ConfigureAwait(false);
            var response = Write(plan, operation, runner, context.IncludeQueryPlan);

            // Only after a run that completed and a response written from it: no fetch reads the tree any more.
            runner.Release();
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A gateway bug must not take the request down with an exception; the client gets a GraphQL error instead.
            return ErrorResponse(new GraphQLError($"The gateway failed to execute the operation ({ex.GetType().Name}).", ErrorCodes.InternalServerError));
        }
    }

    private ExecutionResponse Write(QueryPlan plan, ValidatedOperation operation, PlanRunner runner, bool includePlan)
    {
        var errors = runner.Errors;
        var writer = new ResponseWriter(plan, _model.ApiSchema, operation, errors, _introspection);
        var hasData = writer.Complete(runner.Data);
        var buffer = new PooledBufferWriter(Math.Max(16 * 1024, _lastResponseBytes));
        using (var json = new Utf8JsonWriter(buffer, ResponseJsonOptions))
        {
            json.WriteStartObject();
            json.WritePropertyName("data");
            if (hasData)
            {
                writer.Write(json, runner.Data);
            }
            else
            {
                json.WriteNullValue();
            }

            if (errors.Count > 0)
            {
                json.WriteStartArray("errors");
                foreach (var e in errors)
                {
                    e.WriteTo(json);
                }

                json.WriteEndArray();
            }

            if (includePlan)
            {
                json.WriteStartObject("extensions");
                json.WriteString("queryPlan", plan.Text);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        var (array, length) = buffer.Detach();
        _lastResponseBytes = Math.Min(length, MaxInitialResponseBytes);
        return ExecutionResponse.FromPool(array, length, true);
    }

    private static ExecutionResponse ErrorResponse(GraphQLError error)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            error.WriteTo(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return new ExecutionResponse(buffer.WrittenMemory, false);
    }

    private PreparedOperation Prepare(ValidatedOperation operation, IReadOnlySet<string>? labels)
    {
        // Labels are sorted into the key only when the supergraph has override labels at all.
        var key = new PlanKey(operation.DocumentHash, operation.OperationName, labels is { Count: > 0 } ? string.Join(',', labels.Order(StringComparer.Ordinal)) : null);
        return _cache.GetOrAdd(key, static state => state.Self.Plan(state.Operation, state.Labels), (Self: this, Operation: operation, Labels: labels));
    }

    private PreparedOperation Plan(ValidatedOperation operation, IReadOnlySet<string>? labels)
    {
        try
        {
            var normalized = OperationNormalizer.Normalize(_model.ApiSchema, operation.Operation, operation.Fragments);
            return new PreparedOperation(_planner.Plan(normalized, labels, CancellationToken.None), null);
        }
        catch (PlanningException ex)
        {
            return new PreparedOperation(null, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new PreparedOperation(null, $"Internal planning error ({ex.GetType().Name}): {ex.Message}");
        }
    }

    private HashSet<string>? ActiveLabels()
    {
        if (_labels.Length == 0)
        {
            return null;
        }

        var active = new HashSet<string>(StringComparer.Ordinal);
        foreach (var label in _labels)
        {
            if (label.StartsWith("percent(", StringComparison.Ordinal) && label.EndsWith(')')
                && double.TryParse(label.AsSpan(8, label.Length - 9), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                if (Random.Shared.NextDouble() * 100 < percent)
                {
                    active.Add(label);
                }
            }
            else if (_options.EnabledOverrideLabels.Contains(label))
            {
                active.Add(label);
            }
        }

        return active;
    }

    /// <summary>What a plan depends on: the document (by SHA-256), the operation chosen in it, and the active override labels (sorted, comma-joined).</summary>
    private readonly record struct PlanKey(string DocumentHash, string? OperationName, string? Labels);
}
