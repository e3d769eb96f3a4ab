using GraphGateway.Core.Errors;
using GraphGateway.Execution.Diagnostics;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// Runs a request through its stages, one after another (docs/architecture.md "Stages"). Once a stage ended the request
/// (<see cref="GatewayRequestContext.End"/>) only stages with <see cref="IGatewayStage.RunsWhenEnded"/> run. An unexpected
/// exception from a stage (a gateway bug) is logged (event 5004), reported to the listeners, and ends the request with
/// an <c>INTERNAL_SERVER_ERROR</c> error (the message names the exception type, and its message in Development) so that
/// the response is still written. <see cref="OperationCanceledException"/> after the request was aborted propagates.
/// Thread-safe; one instance serves every request.
/// </summary>
public sealed partial class GatewayPipeline
{
    private readonly IGatewayStage[] _stages;
    private readonly GatewayEvents _events;
    private readonly ILogger _logger;
    private readonly bool _includeExceptionDetails;

    /// <summary>Creates a pipeline of <paramref name="stages"/> in order.</summary>
    /// <param name="stages">The stages in run order; names must be unique.</param>
    /// <param name="events">Listeners of request and stage events.</param>
    /// <param name="logger">Logs gateway bugs (event 5004).</param>
    /// <param name="includeExceptionDetails">Put the exception's message into the error (Development only).</param>
    /// <exception cref="ArgumentException">Two stages have the same name.</exception>
    public GatewayPipeline(IEnumerable<IGatewayStage> stages, GatewayEvents events, ILogger<GatewayPipeline> logger, bool includeExceptionDetails = false)
    {
        _stages = stages.ToArray();
        var duplicate = _stages.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two pipeline stages are named '{duplicate.Key}'.", nameof(stages));
        }

        _events = events;
        _logger = logger;
        _includeExceptionDetails = includeExceptionDetails;
    }

    /// <summary>The stage names in run order.</summary>
    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToArray();

    /// <summary>Runs <paramref name="context"/> through the stages. On return the context holds the written response.</summary>
    /// <exception cref="OperationCanceledException">The request was aborted.</exception>
    public ValueTask ExecuteAsync(GatewayRequestContext context)
    {
        if (_events.IsEnabled)
        {
            return ExecuteObservedAsync(context);
        }

        for (var i = 0; i < _stages.Length; i++)
        {
            var stage = _stages[i];
            if (context.IsEnded && !stage.RunsWhenEnded)
            {
                continue;
            }

            ValueTask pending;
            try
            {
                pending = stage.InvokeAsync(context);
            }
            catch (Exception ex) when (Fail(context, stage, ex))
            {
                continue;
            }

            if (!pending.IsCompletedSuccessfully)
            {
                return ContinueAsync(context, i, pending);
            }
        }

        return default;
    }

    /// <summary>Awaits the stage at <paramref name="index"/>, then runs the rest asynchronously.</summary>
    private async ValueTask ContinueAsync(GatewayRequestContext context, int index, ValueTask pending)
    {
        try
        {
            await pending.ConfigureAwait(false);
        }
        catch (Exception ex) when (Fail(context, _stages[index], ex))
        {
        }

        for (var i = index + 1; i < _stages.Length; i++)
        {
            var stage = _stages[i];
            if (context.IsEnded && !stage.RunsWhenEnded)
            {
                continue;
            }

            try
            {
                await stage.InvokeAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (Fail(context, stage, ex))
            {
            }
        }
    }

    private async ValueTask ExecuteObservedAsync(GatewayRequestContext context)
    {
        using var request = _events.RequestStarted(context);
        foreach (var stage in _stages)
        {
            if (context.IsEnded && !stage.RunsWhenEnded)
            {
                continue;
            }

            using var scope = _events.StageStarted(context, stage.Name);
            try
            {
                await stage.InvokeAsync(context).ConfigureAwait(false);
            }
            catch (Exception ex) when (Fail(context, stage, ex))
            {
            }
        }
    }

    /// <summary>
    /// Handles a stage's exception: false (rethrow) for cancellation of an aborted request and for failures of a stage
    /// that runs for ended requests (the response cannot be written then); otherwise logs it and ends the request.
    /// </summary>
    private bool Fail(GatewayRequestContext context, IGatewayStage stage, Exception exception)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            return false;
        }

        LogStageFailed(_logger, exception, stage.Name);
        _events.StageFailed(context, stage.Name, exception);
        if (stage.RunsWhenEnded && context.IsEnded)
        {
            return false;
        }

        var message = _includeExceptionDetails
            ? $"The gateway failed in stage '{stage.Name}' ({exception.GetType().Name}): {exception.Message}"
            : $"The gateway failed to execute the operation ({exception.GetType().Name}).";
        context.End(RequestErrorKind.Execution, [new GraphQLError(message, ErrorCodes.InternalServerError)]);
        return true;
    }

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Pipeline stage {Stage} failed with an unexpected exception.")]
    private static partial void LogStageFailed(ILogger logger, Exception exception, string stage);
}
