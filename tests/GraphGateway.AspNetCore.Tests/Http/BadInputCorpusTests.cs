using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>
/// Hostile and malformed requests: each gets the expected status and <c>extensions.code</c>, and a normal
/// request succeeds right after it on the same server.
/// </summary>
public sealed class BadInputCorpusTests
{
    private const string Grj = "application/graphql-response+json";

    public static TheoryData<string> Cases => new(BadInputCorpus.All.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadRequest_Corpus_ExpectedStatusAndCodeThenNormalRequestSucceeds(string name)
    {
        var c = BadInputCorpus.All[name];
        var executor = new RecordingExecutor();
        await using var gateway = await TestGateway.StartAsync(executor);
        var request = new HttpRequestMessage(new HttpMethod(c.Method), c.Url ?? "/graphql");
        if (c.Body is not null)
        {
            request.Content = new ByteArrayContent(c.Body);
            if (c.ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", c.ContentType);
            }
        }

        request.Headers.TryAddWithoutValidation("Accept", c.Accept ?? Grj);
        var response = await gateway.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(c.Status == (int)response.StatusCode, $"{name}: expected {c.Status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal(c.Code, FirstCode(body));
        if (c.Code is not null)
        {
            Assert.DoesNotContain("\"data\"", body);
            Assert.DoesNotContain("   at ", body);
        }

        var normal = await gateway.PostAsync("""{"query":"{ hello }"}""");
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        Assert.Equal("""{"data":{"ok":true}}""", await normal.Content.ReadAsStringAsync());
    }

    private static string? FirstCode(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.TryGetProperty("errors", out var errors)
            && errors[0].TryGetProperty("extensions", out var ext) && ext.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
    }
}

/// <summary>One corpus entry.</summary>
internal sealed record BadInput(int Status, string? Code, byte[]? Body, string Method = "POST", string? ContentType = "application/json", string? Accept = null, string? Url = null);

/// <summary>The corpus: ≥ 50 malformed or hostile requests with their expected answers.</summary>
internal static class BadInputCorpus
{
    private const string BadRequest = "BAD_REQUEST";
    private const string Parse = "GRAPHQL_PARSE_FAILED";
    private const string Validation = "GRAPHQL_VALIDATION_FAILED";
    private const string Input = "BAD_USER_INPUT";
    private const string Limit = "LIMIT_EXCEEDED";
    private const string Resolution = "OPERATION_RESOLUTION_FAILURE";

    private static byte[] B(string s) => Encoding.UTF8.GetBytes(s);

    private static BadInput Post(int status, string? code, string body) => new(status, code, B(body));

    private static BadInput Query(int status, string? code, string query, string? variables = null, string? operationName = null) =>
        new(status, code, B(JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["query"] = query,
            ["variables"] = variables is null ? null : JsonDocument.Parse(variables).RootElement,
            ["operationName"] = operationName,
        })));

    private static BadInput Get(int status, string? code, string queryString) => new(status, code, null, "GET", null, Url: "/graphql?" + queryString);

    private static string Nested(string open, string close, int depth, string inner) =>
        string.Concat(Enumerable.Repeat(open, depth)) + inner + string.Concat(Enumerable.Repeat(close, depth));

    public static readonly IReadOnlyDictionary<string, BadInput> All = new Dictionary<string, BadInput>
    {
        // Malformed JSON and wrong JSON shapes.
        ["json_truncated"] = Post(400, BadRequest, "{ \"query\": "),
        ["json_notJson"] = Post(400, BadRequest, "query { hello }"),
        ["json_empty"] = Post(400, BadRequest, ""),
        ["json_whitespace"] = Post(400, BadRequest, "   "),
        ["json_array"] = Post(400, BadRequest, "[{\"query\":\"{ hello }\"}]"),
        ["json_string"] = Post(400, BadRequest, "\"{ hello }\""),
        ["json_null"] = Post(400, BadRequest, "null"),
        ["json_trailingGarbage"] = Post(400, BadRequest, "{\"query\":\"{ hello }\"} x"),
        ["json_singleQuotes"] = Post(400, BadRequest, "{'query':'{ hello }'}"),
        ["json_deepVariables"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"variables\":" + Nested("{\"a\":", "}", 100, "1") + "}"),
        ["utf8_invalidBytes"] = new(400, BadRequest, [.. B("{\"query\":\"{ hello }\", \"x\":\""), 0xC3, 0x28, .. B("\"}")]),
        ["utf8_invalidInQuery"] = new(400, BadRequest, [.. B("{\"query\":\"{ hello(name: \\\""), 0xFF, 0xFE, .. B("\\\") }\"}")]),
        ["utf8_loneSurrogateEscape"] = Post(400, BadRequest, "{\"query\":\"{ hello(name: \\\"\\ud800\\\") \"}"),

        // Wrong types for request parameters.
        ["query_number"] = Post(400, BadRequest, "{\"query\":1}"),
        ["query_object"] = Post(400, BadRequest, "{\"query\":{\"a\":1}}"),
        ["query_array"] = Post(400, BadRequest, "{\"query\":[\"{ hello }\"]}"),
        ["query_boolean"] = Post(400, BadRequest, "{\"query\":true}"),
        ["query_null"] = Post(400, BadRequest, "{\"query\":null}"),
        ["query_persistedQueryOnly"] = Post(400, "PERSISTED_QUERY_NOT_SUPPORTED", "{\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"abc\"}}}"),
        ["query_missing"] = Post(400, BadRequest, "{\"qeury\":\"{ hello }\"}"),
        ["operationName_number"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"operationName\":1}"),
        ["operationName_object"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"operationName\":{}}"),
        ["variables_string"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"variables\":\"{}\"}"),
        ["variables_array"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"variables\":[]}"),
        ["variables_number"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"variables\":0}"),
        ["extensions_string"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"extensions\":\"x\"}"),
        ["extensions_array"] = Post(400, BadRequest, "{\"query\":\"{ hello }\",\"extensions\":[1]}"),

        // HTTP level.
        ["http_noContentType"] = new(415, BadRequest, B("{\"query\":\"{ hello }\"}"), ContentType: null),
        ["http_textPlain"] = new(415, BadRequest, B("{\"query\":\"{ hello }\"}"), ContentType: "text/plain"),
        ["http_charsetUtf16"] = new(415, BadRequest, B("{\"query\":\"{ hello }\"}"), ContentType: "application/json; charset=utf-16"),
        ["http_acceptHtml"] = new(406, BadRequest, B("{\"query\":\"{ hello }\"}"), Accept: "text/html"),
        ["http_bodyTooLarge"] = Post(413, BadRequest, "{\"query\":\"{ hello(name: \\\"" + new string('a', 1_100_000) + "\\\") }\"}"),
        ["http_put"] = new(405, null, B("{\"query\":\"{ hello }\"}"), "PUT"),
        ["get_noQuery"] = Get(400, BadRequest, "operationName=x"),
        ["get_variablesNotJson"] = Get(400, BadRequest, "query=" + Uri.EscapeDataString("query($n: String) { hello(name: $n) }") + "&variables=%7Bnope"),
        ["get_variablesArray"] = Get(400, BadRequest, "query=" + Uri.EscapeDataString("{ hello }") + "&variables=%5B%5D"),
        ["get_repeatedQuery"] = Get(400, BadRequest, "query=%7B%20hello%20%7D&query=%7B%20hello%20%7D"),
        ["get_mutation"] = Get(405, BadRequest, "query=" + Uri.EscapeDataString("mutation { rename(id: 1, name: \"x\") { id } }")),

        // Documents that do not parse.
        ["parse_unclosed"] = Query(400, Parse, "{ hello"),
        ["parse_empty"] = Query(400, Parse, ""),
        ["parse_onlyComment"] = Query(400, Parse, "# nothing here"),
        ["parse_unterminatedString"] = Query(400, Parse, "{ hello(name: \"abc) }"),
        ["parse_invalidCharacter"] = Query(400, Parse, "{ hello ^ }"),
        ["parse_nullCharacter"] = Query(400, Parse, "{ hello \u0000 }"),
        ["parse_variableInDefault"] = Query(400, Parse, "query ($a: String = $b) { hello }"),

        // Guards.
        ["limit_deepSelections"] = Query(400, Limit, Nested("{ a ", "}", 300, "b")),
        ["limit_deepListLiteral"] = Query(400, Limit, "{ hello(name: " + Nested("[", "]", 300, "1") + ") }"),
        ["limit_selectionDepth"] = Query(400, Limit, Nested("{ a ", "}", 40, "b")),
        ["limit_10kAliases"] = Query(400, Limit, "{ " + string.Join(" ", Enumerable.Range(0, 10_000).Select(i => $"a{i}: hello")) + " }"),
        ["limit_300Aliases"] = Query(400, Limit, "{ " + string.Join(" ", Enumerable.Range(0, 300).Select(i => $"a{i}: hello")) + " }"),
        ["limit_directivesOnOneField"] = Query(400, Limit, "{ hello" + string.Concat(Enumerable.Repeat(" @skip(if: false)", 20)) + " }"),
        ["limit_tokens"] = Query(400, Limit, "{ " + string.Concat(Enumerable.Repeat("hello ", 16_000)) + "}"),

        // Documents that do not validate.
        ["validation_unknownFragment"] = Query(400, Validation, "{ ...Missing }"),
        ["validation_cyclicFragments"] = Query(400, Validation, "{ ...A } fragment A on Query { hello ...B } fragment B on Query { ...A }"),
        ["validation_selfCycle"] = Query(400, Validation, "{ ...A } fragment A on Query { ...A }"),
        ["validation_unknownField"] = Query(400, Validation, "{ goodbye }"),
        ["validation_typeDefinition"] = Query(400, Validation, "type X { a: Int }"),
        ["validation_onlyFragment"] = Query(400, Validation, "fragment F on Query { hello }"),
        ["validation_introspectionInProduction"] = Query(400, "INTROSPECTION_DISABLED", "{ __schema { types { name } } }"),
        ["validation_undefinedVariable"] = Query(400, Validation, "{ hello(name: $n) }"),
        ["validation_wrongLiteralType"] = Query(400, Validation, "{ product(id: 1.5) { id } }"),

        // Operation selection.
        ["operation_unknownName"] = Query(400, Resolution, "query A { hello }", operationName: "B"),
        ["operation_ambiguous"] = Query(400, Resolution, "query A { hello } query B { hello }"),

        // Variables that do not coerce.
        ["variables_wrongScalar"] = Query(400, Input, "query ($n: String) { hello(name: $n) }", "{\"n\":5}"),
        ["variables_missingRequired"] = Query(400, Input, "query ($id: ID!) { product(id: $id) { id } }"),
        ["variables_nullForNonNull"] = Query(400, Input, "query ($id: ID!) { product(id: $id) { id } }", "{\"id\":null}"),
        ["variables_idAsFloat"] = Query(400, Input, "query ($id: ID!) { product(id: $id) { id } }", "{\"id\":1.5}"),
        ["variables_inputNotObject"] = Query(400, Input, "query ($f: SearchFilter) { search(filter: $f) { id } }", "{\"f\":\"text\"}"),
        ["variables_inputUnknownField"] = Query(400, Input, "query ($f: SearchFilter) { search(filter: $f) { id } }", "{\"f\":{\"text\":\"x\",\"txt\":1}}"),
        ["variables_inputMissingField"] = Query(400, Input, "query ($f: SearchFilter) { search(filter: $f) { id } }", "{\"f\":{}}"),
        ["variables_unknownEnum"] = Query(400, Input, "query ($f: SearchFilter) { search(filter: $f) { id } }", "{\"f\":{\"text\":\"x\",\"color\":\"BLUE\"}}"),
        ["variables_intOverflow"] = Query(400, Input, "query ($f: SearchFilter) { search(filter: $f) { id } }", "{\"f\":{\"text\":\"x\",\"range\":{\"min\":3000000000}}}"),
        ["variables_loneSurrogate"] = Post(400, BadRequest, "{\"query\":\"query ($n: String) { hello(name: $n) }\",\"variables\":{\"n\":\"\\udc00\"}}"),
        ["variables_listItemNull"] = Query(400, Input, "query ($t: [String!]) { search(tags: $t) { id } }", "{\"t\":[\"a\",null]}"),

        // Large but legal: accepted.
        ["legal_hugeString"] = Query(200, null, "{ hello(name: \"" + new string('x', 500_000) + "\") }"),
        ["legal_1000RepeatedObjectFields"] = Query(200, null, "{ " + string.Concat(Enumerable.Repeat("product(id: 1) { id name } ", 1000)) + "}"),
        ["validation_1000ConflictingObjectFields"] = Query(400, Validation, "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"product(id: {i}) {{ id }} ")) + "}"),
        ["legal_1000FormattingVariants"] = Query(200, null, "{ " + string.Concat(Enumerable.Range(0, 1000).Select(i => "product(id: 1) {" + new string(' ', i % 50) + new string(',', i / 50) + " id }\n")) + "}"),
        ["legal_800DistinctFragments"] = Query(200, null,
            "{ " + string.Concat(Enumerable.Range(0, 800).Select(i => $"product(id: 1) {{ ...F{i} }} ")) + "}\n"
            + string.Concat(Enumerable.Range(0, 800).Select(i => $"fragment F{i} on Product {{ id }}\n"))),
        ["legal_manyComments"] = Query(200, null, string.Concat(Enumerable.Repeat("# comment\n", 20_000)) + "{ hello }"),
    };
}
