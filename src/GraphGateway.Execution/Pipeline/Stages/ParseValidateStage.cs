using GraphGateway.Core.Operations;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.ParseValidate"/>: turns <see cref="GatewayRequestContext.DocumentText"/> into
/// <see cref="GatewayRequestContext.Operation"/> with <see cref="OperationPreparer"/> (token guard, parse, limits,
/// operation selection, validation against the snapshot's API schema, introspection switch, variable coercion; the
/// document and its validation are cached). Failures end the request: a mutation over a transport that forbids it with
/// 405, everything else as a request error (GraphQL over HTTP §6.4.2). Does nothing when the operation is already set.
/// </summary>
public sealed class ParseValidateStage(OperationPreparer preparer, GatewayExecutionSettings settings) : IGatewayStage
{
    /// <inheritdoc />
    public string Name => GatewayStages.ParseValidate;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        if (context.Operation is not null)
        {
            return default;
        }

        var prepared = preparer.Prepare(new OperationRequest
        {
            ApiSchema = context.Snapshot!.ApiSchema,
            Query = context.DocumentText!,
            OperationName = context.Request?.OperationName,
            Variables = context.Request?.Variables,
            AllowIntrospection = settings.IntrospectionEnabled,
            AllowMutations = context.AllowMutations,
        });
        if (prepared.Failure == PreparationFailure.OperationNotAllowed)
        {
            context.End(RequestErrorKind.Transport, prepared.Errors, 405);
        }
        else if (prepared.Operation is null)
        {
            context.End(RequestErrorKind.Request, prepared.Errors);
        }
        else
        {
            context.Operation = prepared.Operation;
        }

        return default;
    }
}
