using System.Buffers;
using System.Text.Json;
using GraphGateway.Core.Errors;
using GraphGateway.Execution;
using GraphGateway.Execution.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGateway.AspNetCore.Http;

/// <summary>
/// The GraphQL over HTTP endpoint: creates a <see cref="GatewayRequestContext"/> over the current snapshot, runs it through
/// the <see cref="GatewayPipeline"/> (whose first stage reads the HTTP request and last stage writes the JSON), and sends
/// the written response with its status code (GraphQL over HTTP §6.4): with <c>application/graphql-response+json</c>, 400
/// for request errors, 500 when execution produced no data, 200 otherwise; with <c>application/json</c>, 200 for every
/// GraphQL response; transport errors keep their own status (405 with <c>Allow: POST</c>, 406, 413, 415, 503).
/// </summary>
internal sealed partial class GraphQLHttpHandler(
    IGatewaySnapshotProvider snapshots,
    GatewayPipeline pipeline,
    IHostEnvironment environment,
    ILogger<GraphQLHttpHandler> logger)
{
    private readonly bool _includeExceptionDetails = environment.IsDevelopment();

    public async Task HandleAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var http = new HttpGatewayRequest(httpContext);
        using var context = new GatewayRequestContext(snapshots.Current, httpContext.RequestAborted) { Transport = http };
        try
        {
            await pipeline.ExecuteAsync(context).ConfigureAwait(false);
            if (context.Response is not { } body)
            {
                throw new InvalidOperationException("The pipeline ended without writing a response (the write stage is missing or failed).");
            }

            response.StatusCode = StatusCode(context, http.MediaType);
            if (response.StatusCode == 405)
            {
                response.Headers.Allow = "POST";
            }

            response.ContentType = MediaTypes.ContentTypeOf(http.MediaType);
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body.Memory, httpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (httpContext.RequestAborted.IsCancellationRequested)
        {
            LogAborted(logger);
        }
        catch (Exception ex) when (!response.HasStarted)
        {
            LogFailed(logger, ex);
            var error = new GraphQLError("Internal server error.", ErrorCodes.InternalServerError);
            if (_includeExceptionDetails)
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
            await WriteErrorsAsync(httpContext, 500, http.MediaType, [error]).ConfigureAwait(false);
        }
    }

    /// <summary>The HTTP status of a written response (see the class summary).</summary>
    internal static int StatusCode(GatewayRequestContext context, string mediaType) => context.ErrorKind switch
    {
        null => 200,
        RequestErrorKind.Transport or RequestErrorKind.Unavailable => context.ErrorStatusCode,
        RequestErrorKind.Request => mediaType == MediaTypes.GraphQLResponseJson ? 400 : 200,
        _ => mediaType == MediaTypes.GraphQLResponseJson ? 500 : 200,
    };

    /// <summary>Writes <c>{"errors":[...]}</c> with <paramref name="status"/> (used when the pipeline itself failed).</summary>
    internal static async Task WriteErrorsAsync(HttpContext context, int status, string mediaType, IReadOnlyList<GraphQLError> errors)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            ErrorEnvelope.Write(writer, errors);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = MediaTypes.ContentTypeOf(mediaType);
        context.Response.ContentLength = buffer.WrittenCount;
        await context.Response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Error, Message = "GraphQL request failed with an unexpected exception.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "GraphQL request aborted by the client.")]
    private static partial void LogAborted(ILogger logger);
}
