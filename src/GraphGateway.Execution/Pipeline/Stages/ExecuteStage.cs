using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.Execute"/>: runs <see cref="GatewayRequestContext.Plan"/>'s fetches against the subgraphs
/// (through each subgraph's client chain), in parallel and in sequence as the plan says, merging results into the result
/// tree; subgraph failures become errors in <see cref="GatewayRequestContext.Errors"/>, never exceptions.
/// </summary>
public sealed class ExecuteStage(GatewayEvents events, TimeProvider time) : IGatewayStage
{
    /// <inheritdoc />
    public string Name => GatewayStages.Execute;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        var runner = new PlanRunner(context.Plan!, context.Operation!, context, context.Snapshot!, events, time);
        context.Execution = runner;
        var run = runner.RunAsync(context.RequestAborted);
        return run.IsCompletedSuccessfully ? default : new ValueTask(run);
    }
}
