using GraphGateway.Execution.Executor;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.Complete"/>: shapes the response from the client's normalized operation over the result tree
/// (type conditions by <c>__typename</c>, gateway-added fields dropped, null propagation per GraphQL spec §6.4.4) and
/// drops subgraph errors on fields the client's operation does not select. Sets <see cref="GatewayRequestContext.HasData"/>.
/// Errors and extensions may still be added after this stage; the write stage writes them.
/// </summary>
public sealed class CompleteStage : IGatewayStage
{
    /// <inheritdoc />
    public string Name => GatewayStages.Complete;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        var snapshot = context.Snapshot!;
        var shaper = new ResponseWriter(context.Plan!, snapshot.ApiSchema, context.Operation!, context.Errors, snapshot.Introspection);
        context.HasData = shaper.Complete(context.Execution!.Data);
        context.Shaper = shaper;
        return default;
    }
}
