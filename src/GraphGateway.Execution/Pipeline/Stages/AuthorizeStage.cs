namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.Authorize"/>: the place where the principal's rights are applied to the operation before it
/// is planned (fields removed or the request refused, the decision added to the plan-cache key; docs/architecture.md).
/// Without authorization configured it lets every operation through.
/// </summary>
public sealed class AuthorizeStage : IGatewayStage
{
    /// <inheritdoc />
    public string Name => GatewayStages.Authorize;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context) => default;
}
