using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>
/// What the HTTP layer reuses across requests — the request-header view, cached documents and operations prepared
/// without variables, pooled request bodies — must never let one request see another's headers, variables or operation.
/// </summary>
public sealed class RequestReuseAttackTests
{
    [Fact]
    public async Task Post_ConcurrentRequestsWithUniqueAuthorization_EachExecutionSeesOnlyItsOwnHeaders()
    {
        await using var gateway = await TestGateway.StartAsync(new HeaderEchoExecutor());
        const int Requests = 40;

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = TestGateway.Json("""{"query":"{ hello }"}""") };
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer user-{i}");
            request.Headers.TryAddWithoutValidation("X-Tenant", [$"t{i}", "shared"]);
            using var response = await gateway.Client.SendAsync(request);
            return (i, await response.Content.ReadAsStringAsync());
        }));

        foreach (var (i, body) in answers)
        {
            Assert.Equal("{\"data\":{\"hello\":\"Bearer user-" + i + "|t" + i + ",shared\"}}", body);
        }
    }

    [Fact]
    public async Task Post_SameDocumentAlternatingOperationName_EachAnswersItsOwnOperation()
    {
        await using var gateway = await TestGateway.StartAsync();
        const string Document = "query A { a: __typename } mutation B { b: __typename }";

        var answers = new List<string>();
        foreach (var name in new[] { "A", "B", "A", "A", "B", "B", "A" })
        {
            var response = await gateway.PostAsync(JsonSerializer.Serialize(new { query = Document, operationName = name }));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        const string AnswerA = """{"data":{"a":"Query"}}""";
        const string AnswerB = """{"data":{"b":"Mutation"}}""";
        Assert.Equal([AnswerA, AnswerB, AnswerA, AnswerA, AnswerB, AnswerB, AnswerA], answers);
    }

    [Fact]
    public async Task Get_MutationAlreadyPreparedOverPost_StillRefusedWith405()
    {
        await using var gateway = await TestGateway.StartAsync();
        const string Document = "mutation B { b: __typename }";
        var post = await gateway.PostAsync(JsonSerializer.Serialize(new { query = Document }));
        Assert.Equal("""{"data":{"b":"Mutation"}}""", await post.Content.ReadAsStringAsync());

        using var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Document));
        get.Headers.TryAddWithoutValidation("Accept", "application/graphql-response+json");
        var response = await gateway.Client.SendAsync(get);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task Post_SameDocumentDifferentVariables_EachExecutionGetsItsOwnVariables()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        const string Query = "query ($n: String) { hello(name: $n) }";

        foreach (var n in new[] { "first", "second", "first" })
        {
            await gateway.PostAsync(JsonSerializer.Serialize(new { query = Query, variables = new { n } }));
        }

        await gateway.PostAsync(JsonSerializer.Serialize(new { query = Query }));

        Assert.Equal(
            ["""{"n":"first"}""", """{"n":"second"}""", """{"n":"first"}""", "{}"],
            executor.Calls.Select(c => RecordingExecutor.Variables(c.Operation)));
        Assert.Same(executor.Calls[0].Operation.Document, executor.Calls[3].Operation.Document);
    }

    [Fact]
    public async Task Post_DocumentWithoutVariablesSentWithVariables_ReusedOperationHasNoVariables()
    {
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);

        await gateway.PostAsync("""{"query":"{ hello }","variables":{"secret":"user-1"}}""");
        await gateway.PostAsync("""{"query":"{ hello }","variables":{"secret":"user-2"}}""");

        Assert.Equal(2, executor.Calls.Count);
        Assert.Same(executor.Calls[0].Operation, executor.Calls[1].Operation);
        Assert.Equal("{}", RecordingExecutor.Variables(executor.Calls[1].Operation));
    }

    /// <summary>
    /// After yielding (so requests interleave), answers <c>hello</c> with the request's <c>authorization</c> and
    /// <c>x-tenant</c> headers as the executor sees them, from a pooled array like the real executor.
    /// </summary>
    private sealed class HeaderEchoExecutor : IGatewayStage
    {
        public string Name => "header-echo";

        public async ValueTask InvokeAsync(GatewayRequestContext context)
        {
            await Task.Yield();
            context.Headers.TryGetValue("authorization", out var authorization);
            await Task.Yield();
            context.Headers.TryGetValue("x-tenant", out var tenant);
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartObject("data");
                writer.WriteString("hello", authorization + "|" + tenant);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            context.Response = ResponseBody.FromBytes(buffer.WrittenMemory.ToArray());
        }
    }
}
