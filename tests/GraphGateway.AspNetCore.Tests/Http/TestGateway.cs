using System.Text;
using System.Text.Json;
using GraphGateway.AspNetCore.Http;
using GraphGateway.AuditHost;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>An in-process gateway HTTP layer (TestServer) over a fixed API schema and a given executor.</summary>
internal sealed class TestGateway : IAsyncDisposable
{
    public const string Sdl = """
        type Query {
          hello(name: String = "world"): String
          product(id: ID!): Product
          search(filter: SearchFilter, tags: [String!]): [Product!]!
        }

        type Mutation {
          rename(id: ID!, name: String!): Product
        }

        type Product {
          id: ID!
          name: String
          color: Color
        }

        enum Color {
          RED
          GREEN
        }

        input SearchFilter {
          text: String!
          color: Color = RED
          range: Range
        }

        input Range {
          min: Int!
          max: Int
        }
        """;

    private readonly WebApplication _app;

    private TestGateway(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public static async Task<TestGateway> StartAsync(IGatewayStage? executor = null, Dictionary<string, string?>? settings = null,
        string environment = "Production", string sdl = Sdl)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(settings ?? []);
        builder.Services.AddGraphGateway(builder.Configuration).UseFixedApiSchema(sdl, executor);
        var app = builder.Build();
        app.MapGraphGateway();
        await app.StartAsync();
        return new TestGateway(app);
    }

    public static HttpContent Json(string body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }

    public Task<HttpResponseMessage> PostAsync(string body, string accept = "application/graphql-response+json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json(body) };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

/// <summary>An executor stage (in place of the plan stage) that records each operation it is given and answers a fixed body.</summary>
internal sealed class RecordingExecutor(string body = """{"data":{"ok":true}}""") : IGatewayStage
{
    public string Name => "recording-executor";

    /// <summary>The operation and what the read stage set for it (copied: the context ends with its request).</summary>
    public List<(ValidatedOperation Operation, RecordedContext Context)> Calls { get; } = [];

    public ValueTask InvokeAsync(GatewayRequestContext context)
    {
        Calls.Add((context.Operation!, new RecordedContext(context.IncludeQueryPlan, context.AllowMutations)));
        context.Response = ResponseBody.FromBytes(Encoding.UTF8.GetBytes(body));
        return default;
    }

    public static string Variables(ValidatedOperation operation) =>
        JsonSerializer.Serialize(operation.Variables.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value));
}

/// <summary>What a <see cref="RecordingExecutor"/> saw of a request's context.</summary>
internal sealed record RecordedContext(bool IncludeQueryPlan, bool AllowMutations);

/// <summary>Throws from execution, to check 500 answers.</summary>
internal sealed class ThrowingExecutor : IGatewayStage
{
    public string Name => "throwing-executor";

    public ValueTask InvokeAsync(GatewayRequestContext context) => throw new InvalidOperationException("secret internal detail");
}
