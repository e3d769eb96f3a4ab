using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.Exceptions;

namespace GraphGateway.BenchSubgraphs.Hosting;

/// <summary>
/// POST handler of one subgraph path: reads a GraphQL-over-HTTP JSON body (<c>query</c>, <c>operationName</c>,
/// <c>variables</c>), counts it, executes it against the subgraph schema and writes <c>application/json</c>.
/// Successful answers are cached by exact body (<see cref="ResponseCache"/>). A body that is not a GraphQL
/// request gets 400 with a GraphQL error naming the subgraph and the problem.
/// </summary>
internal sealed class SubgraphEndpoint
{
    private readonly ISchema schema;
    private readonly IDocumentExecuter executer;
    private readonly IGraphQLTextSerializer serializer;
    private readonly SubgraphCounter counter;
    private readonly DocumentCache documents = new();
    private readonly ResponseCache responses = new();

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

        string body;
        using (var reader = new StreamReader(http.Request.Body, Encoding.UTF8))
        {
            body = await reader.ReadToEndAsync(cancellation);
        }

        if (responses.TryGet(body, out var cached))
        {
            await WriteAsync(http, StatusCodes.Status200OK, cached);
            return;
        }

        var (status, response, cacheable) = await ExecuteAsync(body, http.RequestServices, cancellation);
        if (cacheable)
        {
            responses.Add(body, response);
        }

        await WriteAsync(http, status, response);
    }

    private async Task<(int Status, byte[] Response, bool Cacheable)> ExecuteAsync(
        string body, IServiceProvider services, CancellationToken cancellation)
    {
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            return Error($"{counter.Subgraph}: request body is not valid JSON: {e.Message}");
        }

        if (request?.Query is not { Length: > 0 } query)
        {
            return Error($"{counter.Subgraph}: request body has no 'query'.");
        }

        GraphQLParser.AST.GraphQLDocument document;
        try
        {
            document = documents.Get(query);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            return Error($"{counter.Subgraph}: {e.Message}");
        }

        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = query,
            Document = document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            RequestServices = services,
            CancellationToken = cancellation,
            EnableMetrics = false,
        });

        var status = result.Executed ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        var cacheable = result.Executed && result.Errors is not { Count: > 0 };
        return (status, Encoding.UTF8.GetBytes(serializer.Serialize(result)), cacheable);
    }

    private (int, byte[], bool) Error(string message)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message)] };
        return (StatusCodes.Status400BadRequest, Encoding.UTF8.GetBytes(serializer.Serialize(result)), false);
    }

    private static async Task WriteAsync(HttpContext http, int status, byte[] response)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        http.Response.ContentLength = response.Length;
        await http.Response.Body.WriteAsync(response, http.RequestAborted);
    }
}
