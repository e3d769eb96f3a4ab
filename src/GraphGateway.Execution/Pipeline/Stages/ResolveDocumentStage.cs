using GraphGateway.Core.Errors;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// <see cref="GatewayStages.ResolveDocument"/>: sets <see cref="GatewayRequestContext.DocumentText"/> from the request's
/// <c>query</c> (GraphQL over HTTP §5.1). Persisted documents and automatic persisted queries plug in here (docs/architecture.md).
/// A request without a document ends with 400. Does nothing when the host set the document or the operation itself.
/// </summary>
public sealed class ResolveDocumentStage : IGatewayStage
{
    /// <inheritdoc />
    public string Name => GatewayStages.ResolveDocument;

    /// <inheritdoc />
    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        if (context.DocumentText is null && context.Operation is null)
        {
            if (context.Request?.Query is { } query)
            {
                context.DocumentText = query;
            }
            else
            {
                context.End(RequestErrorKind.Transport, [new GraphQLError("The request has no \"query\" string.", ErrorCodes.BadRequest)], 400);
            }
        }

        return default;
    }
}
