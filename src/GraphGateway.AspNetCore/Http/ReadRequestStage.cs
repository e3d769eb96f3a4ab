using GraphGateway.AspNetCore.Configuration;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// <see cref="GatewayStages.ReadRequest"/> for GraphQL over HTTP (GraphQL Foundation spec, current draft): negotiates
/// the response media type from <c>Accept</c> (406 when neither JSON type is acceptable), reads the parameters from a GET
/// query string or a POST <c>application/json</c> body (400, 413, 415 with a message saying what is wrong), answers 503
/// while no supergraph is loaded, and sets the principal, the headers, whether mutations are allowed (not over GET) and
/// whether the plan is returned (<c>GraphGateway-Query-Plan: true</c> when <c>QueryPlan:AllowHeader</c> is on).
/// Does nothing for a request that did not come over HTTP.
/// </summary>
internal sealed class ReadRequestStage(IOptions<GraphGatewayOptions> options, DocumentCache documents) : IGatewayStage
{
    private readonly long _maxRequestBytes = options.Value.Limits.MaxRequestBytes;
    private readonly bool _allowQueryPlanHeader = options.Value.QueryPlan.AllowHeader;

    public string Name => GatewayStages.ReadRequest;

    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        if (context.Transport is not HttpGatewayRequest http || context.Request is not null)
        {
            return default;
        }

        var request = http.HttpContext.Request;
        if (MediaTypes.Negotiate(request.Headers.Accept) is not { } mediaType)
        {
            context.End(RequestErrorKind.Transport,
                [new GraphQLError("The Accept header allows neither application/graphql-response+json nor application/json.", ErrorCodes.BadRequest)], 406);
            return default;
        }

        http.MediaType = mediaType;
        var read = GraphQLRequestReader.ReadAsync(request, _maxRequestBytes, documents, http.HttpContext.RequestAborted);
        return read.IsCompletedSuccessfully ? Finish(context, http, read.Result) : FinishAsync(context, http, read);
    }

    private async ValueTask FinishAsync(GatewayRequestContext context, HttpGatewayRequest http, ValueTask<(GraphQLRequest? Request, RequestReadError? Error)> read) =>
        await Finish(context, http, await read.ConfigureAwait(false)).ConfigureAwait(false);

    private ValueTask Finish(GatewayRequestContext context, HttpGatewayRequest http, (GraphQLRequest? Request, RequestReadError? Error) read)
    {
        if (read.Error is { } error)
        {
            context.End(RequestErrorKind.Transport, [new GraphQLError(error.Message, error.Code)], error.StatusCode);
            return default;
        }

        if (context.Snapshot is null)
        {
            context.End(RequestErrorKind.Unavailable, [new GraphQLError("The gateway has not loaded a supergraph yet.", ErrorCodes.InternalServerError)], 503);
            return default;
        }

        var request = http.HttpContext.Request;
        context.Request = read.Request;
        context.AllowMutations = !HttpMethods.IsGet(request.Method);
        context.Headers = new RequestHeaders(request.Headers);
        context.User = http.HttpContext.User;
        context.IncludeQueryPlan = _allowQueryPlanHeader
            && string.Equals(request.Headers["GraphGateway-Query-Plan"], "true", StringComparison.OrdinalIgnoreCase);
        return default;
    }
}
