using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGateway.Subgraphs.Common.Http;

/// <summary>
/// GraphQL over HTTP (GraphQL Foundation spec): POST <c>application/json</c> and GET for queries.
/// Request errors (bad JSON, wrong content type, oversized body, mutation over GET) are answered as
/// GraphQL-shaped errors with 4xx status codes; unexpected failures as a generic 500 error without details.
/// </summary>
public static class GraphQLHttpEndpoint
{
    private const string GraphQLResponseMediaType = "application/graphql-response+json";

    /// <summary>Maps the GraphQL endpoint at <paramref name="pattern"/> for GET and POST.</summary>
    /// <param name="endpoints">The application's route builder.</param>
    /// <param name="pattern">Route pattern, e.g. <c>/graphql</c>.</param>
    /// <returns>The route builder for chaining.</returns>
    public static IEndpointRouteBuilder MapGraphQLHttp(this IEndpointRouteBuilder endpoints, string pattern)
    {
        endpoints.MapMethods(pattern, ["GET", "POST"], HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context)
    {
        var services = context.RequestServices;
        try
        {
            var request = await GraphQLRequestReader.ReadAsync(context, services.GetRequiredService<GraphQLHttpOptions>(), services.GetRequiredService<IGraphQLTextSerializer>()).ConfigureAwait(false);
            if (request.Error is { } error)
            {
                await GraphQLErrorResponse.WriteAsync(context, error.StatusCode, error.Message, error.Code).ConfigureAwait(false);
                return;
            }

            await ExecuteAsync(context, request.Request!).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nothing to answer.
        }
        catch (Exception ex)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLHttpEndpoint)).LogError(ex, "Unhandled error while serving a GraphQL request.");
            if (!context.Response.HasStarted)
            {
                await GraphQLErrorResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error.", "INTERNAL_SERVER_ERROR").ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(HttpContext context, GraphQLRequest request)
    {
        var executer = context.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            DocumentId = request.DocumentId,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = context.RequestServices,
            User = context.User,
            CancellationToken = context.RequestAborted,
        }).ConfigureAwait(false);

        var wantsGraphQLResponse = context.Request.Headers.Accept.Any(a => a?.Contains(GraphQLResponseMediaType, StringComparison.OrdinalIgnoreCase) == true);
        context.Response.ContentType = (wantsGraphQLResponse ? GraphQLResponseMediaType : "application/json") + "; charset=utf-8";
        context.Response.StatusCode = wantsGraphQLResponse && !result.Executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        var serializer = context.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(context.Response.Body, result, context.RequestAborted).ConfigureAwait(false);
    }
}
