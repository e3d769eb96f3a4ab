using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.Exceptions;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// POST handler of one subgraph path: reads a GraphQL-over-HTTP JSON body (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>), counts it, executes it against the subgraph schema and writes <c>application/json</c>.
/// A body that is not a GraphQL request gets 400 with a GraphQL error naming the problem.
/// </summary>
internal sealed class SubgraphEndpoint
{
    private readonly ISchema schema;
    private readonly IDocumentExecuter executer;
    private readonly IGraphQLTextSerializer serializer;
    private readonly SubgraphCounter counter;
    private readonly DocumentCache documents = new();

    public SubgraphEndpoint(ISchema schema, IDocumentExecuter executer, IGraphQLTextSerializer serializer, SubgraphCounter counter)
    {
        this.schema = schema;
        this.executer = executer;
        this.serializer = serializer;
        this.counter = counter;
    }

    /// <summary>Handles one request.</summary>
    public async Task HandleAsync(HttpContext http)
    {
        counter.Record(http.Request.Headers.ContainsKey("authorization"));
        var cancellation = http.RequestAborted;

        GraphQLRequest? request;
        try
        {
            request = await serializer.ReadAsync<GraphQLRequest>(http.Request.Body, cancellation);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            await WriteErrorAsync(http, $"{counter.Subgraph}: request body is not valid JSON: {e.Message}");
            return;
        }

        if (request?.Query is not { Length: > 0 } query)
        {
            await WriteErrorAsync(http, $"{counter.Subgraph}: request body has no 'query'.");
            return;
        }

        GraphQLParser.AST.GraphQLDocument document;
        try
        {
            document = documents.Get(query);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            await WriteErrorAsync(http, $"{counter.Subgraph}: {e.Message}");
            return;
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = http.RequestServices,
            CancellationToken = cancellation,
            EnableMetrics = false,
        });

        http.Response.StatusCode = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json";
        await serializer.WriteAsync(http.Response.Body, result, cancellation);
    }

    private async Task WriteErrorAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "application/json";
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
