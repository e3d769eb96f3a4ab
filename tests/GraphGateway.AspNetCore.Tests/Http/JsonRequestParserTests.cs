using System.Text;
using System.Text.Json;
using GraphGateway.AspNetCore.Http;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;

namespace GraphGateway.AspNetCore.Tests.Http;

public sealed class JsonRequestParserTests
{
    public static TheoryData<string> Bodies => new()
    {
        """{"query":"{ hello }"}""",
        """ {"query" : "query Q { hello }", "operationName": "Q", "variables": {"a": [1, "x", {"b": null}]}, "extensions": {"e": true}} """,
        """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null}""",
        """{"query":"{ hello }","variables":{},"extensions":{ }}""",
        """{"query":"{ hello }","variables":{"a":{}},"extensions":{"e":[{}]}}""",
        """{"query":"query {\n  hello\n}\t\u00e9\ud83d\ude00 \"q\" \\"}""",
        """{"\u0071uery":"{ hello }","other":{"deep":[["\ud83d\ude00"]]}}""",
        """{"query":"{ a }","query":"{ b }"}""",
        """{"query":"{ hello }","variables":{"x":"\ud800"}}""",
        """{"query":"{ hello }","other":"\udc00"}""",
        """{"query":"{ hello }","\ud800":1}""",
        """{"query":"{ hello }","other":["\ud800x"]}""",
        """{"query":"\ud800"}""",
        """{"query":"{ hello }"} x""",
        """{"query":"{ hello }",}""",
        """{"query":"{ hello }" /* c */}""",
        """{"query":1}""",
        """{"query":"{ hello }","operationName":1}""",
        """{"query":"{ hello }","variables":[]}""",
        """{"query":"{ hello }","extensions":"x"}""",
        """{"operationName":"Q"}""",
        """{"extensions":{"persistedQuery":{"version":1}}}""",
        """[{"query":"{ hello }"}]""",
        "\"{ hello }\"",
        "null",
        "{}",
        "{ \"query\": ",
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void TryRead_Body_SameRequestAsDocumentReadingOrDeclines(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var (expected, error) = GraphQLRequestReader.ReadWithDocument(bytes);
        var accepted = JsonRequestParser.TryRead(bytes, null, out var actual);

        Assert.Equal(expected is not null, accepted);
        Assert.True(error is null || !accepted);
        if (accepted)
        {
            Assert.Equal(expected!.Query, actual!.Query);
            Assert.Equal(expected.OperationName, actual.OperationName);
            Assert.True(SameJson(expected.Variables, actual.Variables), "variables differ");
            Assert.True(SameJson(expected.Extensions, actual.Extensions), "extensions differ");
        }
    }

    [Fact]
    public void TryRead_BadInputCorpusBodies_NeverAcceptsWhatDocumentReadingRefuses()
    {
        foreach (var (name, c) in BadInputCorpus.All)
        {
            if (c.Body is not { Length: > 0 } body || !System.Text.Unicode.Utf8.IsValid(body))
            {
                continue;
            }

            var (expected, _) = GraphQLRequestReader.ReadWithDocument(body);
            var accepted = JsonRequestParser.TryRead(body, null, out var actual);
            Assert.True((expected is not null) == accepted, name);
            Assert.Equal(expected?.Query, actual?.Query);
            Assert.True(SameJson(expected?.Variables, actual?.Variables), name);
        }
    }

    [Fact]
    public void TryRead_EscapedQuery_Unescaped()
    {
        Assert.True(JsonRequestParser.TryRead("""{"query":"{\n hello(name: \"\u00e9\") }"}"""u8, null, out var request));
        Assert.Equal("{\n hello(name: \"é\") }", request.Query);
    }

    [Fact]
    public void TryRead_QueryTextInDocumentCache_ReturnsCachedString()
    {
        var cache = new DocumentCache(4);
        var schema = SchemaParser.Parse("type Query { hello: String }");
        new OperationPreparer(cache, new OperationLimits()).Prepare(new OperationRequest { ApiSchema = schema, Query = "{\n hello }" });

        Assert.True(JsonRequestParser.TryRead("""{"query":"{\n hello }"}"""u8, cache, out var cached));
        Assert.True(JsonRequestParser.TryRead("""{"query":"{ hello }"}"""u8, cache, out var fresh));

        Assert.Same(cache.Get("{\n hello }")!.Text, cached.Query);
        Assert.Equal("{ hello }", fresh.Query);
    }

    [Fact]
    public void TryRead_NestedDeeperThanLimit_Declines()
    {
        var body = "{\"query\":\"{ hello }\",\"variables\":" + string.Concat(Enumerable.Repeat("{\"a\":", 64)) + "1" + new string('}', 64) + "}";
        Assert.False(JsonRequestParser.TryRead(Encoding.UTF8.GetBytes(body), null, out _));
        Assert.Equal(400, GraphQLRequestReader.ReadWithDocument(Encoding.UTF8.GetBytes(body)).Error!.StatusCode);
    }

    [Fact]
    public void TryRead_VariablesOutliveBody_KeepTheirValues()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"query":"{ hello }","variables":{"x":"y"}}""");
        Assert.True(JsonRequestParser.TryRead(bytes, null, out var request));
        Array.Clear(bytes);
        Assert.Equal("""{"x":"y"}""", request.Variables!.Value.GetRawText());
        Assert.Equal(JsonValueKind.Object, request.Variables.Value.ValueKind);
    }

    private static bool SameJson(JsonElement? a, JsonElement? b) =>
        a is null ? b is null : b is not null && JsonElement.DeepEquals(a.Value, b.Value);
}
