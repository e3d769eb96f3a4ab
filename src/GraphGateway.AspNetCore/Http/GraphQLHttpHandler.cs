using System.Buffers;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// The GraphQL over HTTP endpoint (GraphQL Foundation spec, current draft): negotiates the response media
/// type, reads GET/POST parameters, prepares the operation (guards, parse, validate, coerce) against the
/// request's snapshot and executes it. Status codes: with <c>application/graphql-response+json</c>, 400 for
/// request, parse, validation, limit and variable errors and 200 once execution began; with
/// <c>application/json</c>, 200 for GraphQL errors and 400 only for unreadable requests. Also 405 (mutation
/// over GET, with <c>Allow: POST</c>), 406, 413, 415, 503 (no supergraph loaded) and 500.
/// </summary>
internal sealed partial class GraphQLHttpHandler(
    IGatewaySnapshotProvider snapshots,
    OperationPreparer preparer,
    DocumentCache documents,
    GatewayHttpSettings settings,
    ILogger<GraphQLHttpHandler> logger)
{
    public async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        var mediaType = MediaTypes.Negotiate(context.Request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteErrorsAsync(context, 406, MediaTypes.Json,
                [new GraphQLError("The Accept header allows neither application/graphql-response+json nor application/json.", ErrorCodes.BadRequest)]);
            return;
        }

        try
        {
            var (request, readError) = await GraphQLRequestReader.ReadAsync(context.Request, settings.Limits.MaxRequestBytes, documents, context.RequestAborted);
            if (readError is not null)
            {
                await WriteErrorsAsync(context, readError.StatusCode, mediaType, [new GraphQLError(readError.Message, readError.Code)]);
                return;
            }

            var snapshot = snapshots.Current;
            if (snapshot is null)
            {
                await WriteErrorsAsync(context, 503, mediaType, [new GraphQLError("The gateway has not loaded a supergraph yet.", ErrorCodes.InternalServerError)]);
                return;
            }

            var isGet = HttpMethods.IsGet(context.Request.Method);
            var prepared = preparer.Prepare(new OperationRequest
            {
                ApiSchema = snapshot.ApiSchema,
                Query = request!.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                AllowIntrospection = settings.IntrospectionEnabled,
                AllowMutations = !isGet,
            });
            if (prepared.Failure == PreparationFailure.OperationNotAllowed)
            {
                response.Headers.Allow = "POST";
                await WriteErrorsAsync(context, 405, mediaType, prepared.Errors);
                return;
            }

            if (prepared.Operation is null)
            {
                var status = mediaType == MediaTypes.GraphQLResponseJson ? 400 : 200;
                await WriteErrorsAsync(context, status, mediaType, prepared.Errors);
                return;
            }

            var operationContext = new OperationContext
            {
                Headers = new RequestHeaders(context.Request.Headers),
                IncludeQueryPlan = settings.AllowQueryPlanHeader
                    && string.Equals(context.Request.Headers["GraphGateway-Query-Plan"], "true", StringComparison.OrdinalIgnoreCase),
            };
            using var result = await snapshot.Executor.ExecuteAsync(prepared.Operation, operationContext, context.RequestAborted);
            response.StatusCode = mediaType == MediaTypes.GraphQLResponseJson && !result.HasData ? 500 : 200;
            response.ContentType = MediaTypes.ContentTypeOf(mediaType);
            response.ContentLength = result.Body.Length;
            await response.Body.WriteAsync(result.Body, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger);
        }
        catch (Exception ex) when (!response.HasStarted)
        {
            LogFailed(logger, ex);
            var error = new GraphQLError("Internal server error.", ErrorCodes.InternalServerError);
            if (settings.IncludeExceptionDetails)
            {
                error = error with
                {
                    Message = ex.Message,
                    Extensions = new Dictionary<string, JsonElement>
                    {
                        ["exception"] = JsonSerializer.SerializeToElement(new { type = ex.GetType().FullName, stackTrace = ex.ToString() }),
                    },
                };
            }

            response.Clear();
            await WriteErrorsAsync(context, 500, mediaType, [error]);
        }
    }

    /// <summary>Writes <c>{"errors":[...]}</c> with <paramref name="status"/>.</summary>
    internal static async Task WriteErrorsAsync(HttpContext context, int status, string mediaType, IReadOnlyList<GraphQLError> errors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            foreach (var e in errors)
            {
                e.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "GraphQL request failed with an unexpected exception.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "GraphQL request aborted by the client.")]
    private static partial void LogAborted(ILogger logger);
}
