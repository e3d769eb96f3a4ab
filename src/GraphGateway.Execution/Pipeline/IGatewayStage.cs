namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// One stage of the request pipeline (docs/architecture.md "Stages"): it does one thing with the
/// <see cref="GatewayRequestContext"/> — reads what earlier stages set, sets what later stages need — and returns. Stages run
/// one after another in the order of <see cref="GatewayStages.Order"/> (custom stages where the host put them). A stage
/// that cannot continue calls <see cref="GatewayRequestContext.End"/>; the pipeline then skips to the stages that run for
/// ended requests (the write stage). A stage throws only for gateway bugs (the pipeline turns them into a 500 with an
/// <c>INTERNAL_SERVER_ERROR</c>) or <see cref="OperationCanceledException"/> when the request was aborted.
/// </summary>
public interface IGatewayStage
{
    /// <summary>The stage's name, unique in a pipeline (built-in names are in <see cref="GatewayStages"/>); used in telemetry and logs.</summary>
    string Name { get; }

    /// <summary>True when the stage also runs after an earlier stage ended the request (default false).</summary>
    bool RunsWhenEnded => false;

    /// <summary>Runs the stage for one request. Completes synchronously when it can (return <c>default</c>).</summary>
    /// <param name="context">The request.</param>
    ValueTask InvokeAsync(GatewayRequestContext context);
}
