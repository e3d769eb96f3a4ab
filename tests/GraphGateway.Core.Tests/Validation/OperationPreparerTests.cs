using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Tests.Validation;

public sealed class OperationPreparerTests
{
    private static readonly Schema Api = SchemaParser.Parse("type Query { a: Int b(x: Int): Int } type Mutation { m: Int }");

    [Fact]
    public void Prepare_SameTextTwice_ParsesAndValidatesOnce()
    {
        var cache = new DocumentCache(8);
        var preparer = new OperationPreparer(cache, new OperationLimits());
        var first = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        var second = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        Assert.Same(first.Operation!.Document, second.Operation!.Document);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void DocumentCache_OverCapacity_DropsLeastRecentlyUsed()
    {
        var cache = new DocumentCache(2);
        var preparer = new OperationPreparer(cache, new OperationLimits());
        preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ b }" });
        preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a b }" });
        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Get("{ a }"));
        Assert.Null(cache.Get("{ b }"));
    }

    [Fact]
    public void DocumentCache_GetByCharacters_FindsEntryOfEqualTextOnly()
    {
        var cache = new DocumentCache(4);
        new OperationPreparer(cache, new OperationLimits()).Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        var buffer = "x{ a }x".ToCharArray();
        Assert.Equal("{ a }", cache.Get(buffer.AsSpan(1, 5))!.Text);
        Assert.Null(cache.Get(buffer.AsSpan(1, 4)));
        Assert.Null(cache.Get("{ a }\n"));
    }

    [Fact]
    public void Prepare_CachedDocument_KeepsSha256OfText()
    {
        var preparer = new OperationPreparer(new DocumentCache(8), new OperationLimits());
        preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        var again = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ a }" });
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("{ a }"u8)), again.Operation!.DocumentHash);
    }

    [Fact]
    public void Prepare_OperationWithoutVariablesAgain_ReturnsSamePreparedOperationPerSchemaAndName()
    {
        var preparer = new OperationPreparer(new DocumentCache(8), new OperationLimits());
        var first = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "query Q { a }" });
        var second = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "query Q { a }" });
        var named = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "query Q { a }", OperationName = "Q" });
        var reloaded = SchemaParser.Parse("type Query { a: Int }");
        var other = preparer.Prepare(new OperationRequest { ApiSchema = reloaded, Query = "query Q { a }" });
        Assert.Same(first, second);
        Assert.NotSame(first, named);
        Assert.Equal("Q", named.Operation!.OperationName);
        Assert.NotSame(first.Operation, other.Operation);
        Assert.Empty(second.Operation!.Variables);
    }

    [Fact]
    public void Prepare_OperationWithVariablesAgain_CoercesEachRequestsValues()
    {
        var preparer = new OperationPreparer(new DocumentCache(8), new OperationLimits());
        const string Query = "query Q($x: Int = 5) { b(x: $x) }";
        using var one = System.Text.Json.JsonDocument.Parse("""{"x": 1}""");
        var first = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = Query, Variables = one.RootElement });
        var second = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = Query });
        Assert.Equal(1, first.Operation!.Variables["x"].GetInt32());
        Assert.Equal(5, second.Operation!.Variables["x"].GetInt32());
        Assert.Same(first.Operation!.Document, second.Operation!.Document);
    }

    [Fact]
    public void Prepare_NewSchemaInstance_ValidatesAgain()
    {
        var preparer = new OperationPreparer(new DocumentCache(8), new OperationLimits());
        Assert.Equal(PreparationFailure.None, preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ b(x: 1) }" }).Failure);
        var reloaded = SchemaParser.Parse("type Query { a: Int }");
        var result = preparer.Prepare(new OperationRequest { ApiSchema = reloaded, Query = "{ b(x: 1) }" });
        Assert.Equal(PreparationFailure.Validation, result.Failure);
        Assert.Equal("Cannot query field \"b\" on type \"Query\". Did you mean \"a\"?", Assert.Single(result.Errors).Message);
    }

    [Theory]
    [InlineData("{ a", PreparationFailure.Parse, ErrorCodes.ParseFailed, "Syntax Error: Expected Name, found EOF.")]
    [InlineData("", PreparationFailure.Parse, ErrorCodes.ParseFailed, "Syntax Error: Unexpected <EOF>.")]
    [InlineData("{ x: a y: a z: a }", PreparationFailure.Limit, ErrorCodes.LimitExceeded, "The document has 3 aliases; the maximum is 2.")]
    [InlineData("{ a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a }", PreparationFailure.Limit, ErrorCodes.LimitExceeded, "The document has more than 40 tokens.")]
    [InlineData("query A { a } query B { a }", PreparationFailure.OperationResolution, ErrorCodes.OperationResolutionFailure, "Must provide operation name if query contains multiple operations.")]
    [InlineData("{ a @skip(if: false) @include(if: true) @skip(if: false) }", PreparationFailure.Limit, ErrorCodes.LimitExceeded, "The document applies 3 directives at one location; the maximum is 2.")]
    public void Prepare_BadDocument_FailureKindCodeAndMessage(string query, PreparationFailure failure, string code, string message)
    {
        var limits = new OperationLimits { MaxAliases = 2, MaxTokens = 40, MaxDirectivesPerLocation = 2 };
        var result = new OperationPreparer(new DocumentCache(8), limits).Prepare(new OperationRequest { ApiSchema = Api, Query = query });
        Assert.Equal(failure, result.Failure);
        var error = Assert.Single(result.Errors);
        Assert.Equal(code, error.Code);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Prepare_MutationWhenNotAllowed_OperationNotAllowedBeforeValidation()
    {
        var result = new OperationPreparer(new DocumentCache(8), new OperationLimits())
            .Prepare(new OperationRequest { ApiSchema = Api, Query = "mutation { nope }", AllowMutations = false });
        Assert.Equal(PreparationFailure.OperationNotAllowed, result.Failure);
        Assert.Equal(OperationKind.Mutation, result.Kind);
    }

    [Fact]
    public void Prepare_DepthOverLimit_LimitExceeded()
    {
        var deep = SchemaParser.Parse("type Query { n: N } type N { n: N v: Int }");
        var result = new OperationPreparer(new DocumentCache(8), new OperationLimits { MaxDepth = 3 })
            .Prepare(new OperationRequest { ApiSchema = deep, Query = "{ n { ...F } } fragment F on N { n { n { v } } }" });
        Assert.Equal(PreparationFailure.Limit, result.Failure);
        Assert.Equal("The operation's selection depth 4 exceeds the maximum depth of 3.", Assert.Single(result.Errors).Message);
    }
}
