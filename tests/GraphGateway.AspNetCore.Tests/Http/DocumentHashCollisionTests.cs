using GraphGateway.Core.Errors;
using GraphGateway.Core.Operations;
using GraphGateway.Core.Schemas;

namespace GraphGateway.AspNetCore.Tests.Http;

/// <summary>
/// The document cache is keyed by text, but plans are cached by <see cref="ValidatedOperation.DocumentHash"/> (SHA-256
/// of the UTF-8 text). Two different texts must never reach the executor with one hash.
/// </summary>
public sealed class DocumentHashCollisionTests
{
    private static readonly Schema Api = SchemaParser.Parse(TestGateway.Sdl, "api-schema");

    [Fact]
    public void Prepare_DocumentsDifferingOnlyByUnpairedSurrogate_SurrogateOneRefusedOtherKeepsItsOwnHash()
    {
        const string WithSurrogate = "{ product(id: \"\uD800\") { name } }";
        const string WithReplacement = "{ product(id: \"\uFFFD\") { name } }";

        // The hazard: UTF-8 encoding writes U+FFFD for the lone surrogate, so both texts hash alike.
        Assert.Equal(OperationPreparer.Hash(WithSurrogate), OperationPreparer.Hash(WithReplacement));
        var preparer = new OperationPreparer(new DocumentCache(16), new OperationLimits());

        var refused = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = WithSurrogate });
        var accepted = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = WithReplacement });

        // Before the fix both were prepared with one DocumentHash, and the executor's plan cache answered the second
        // with the first one's plan (the first one's argument).
        Assert.Equal(PreparationFailure.Parse, refused.Failure);
        var error = Assert.Single(refused.Errors);
        Assert.Equal("Syntax Error: Invalid character: U+D800.", error.Message);
        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Equal([new ErrorLocation(1, 16)], error.Locations);
        Assert.Equal(PreparationFailure.None, accepted.Failure);
        Assert.Equal(OperationPreparer.Hash(WithReplacement), accepted.Operation!.DocumentHash);
    }

    [Fact]
    public void Prepare_UnpairedSurrogateAnywhere_SyntaxErrorAtIt()
    {
        // Cases in a list, not [InlineData]: xunit's test-case serialization would turn the lone surrogates into U+FFFD.
        (string Text, string CodePoint, int Column)[] cases =
        [
            ("{ hello(name: \"\uDC00\") }", "U+DC00", 16),
            ("{ hello } # \uD800", "U+D800", 13),
            ("{ hello(name: \"\uD83D\") }", "U+D83D", 16),
            ("{ hello(name: \"\uD83D\uDE00\uDE00\") }", "U+DE00", 18),
        ];
        var preparer = new OperationPreparer(new DocumentCache(16), new OperationLimits());

        foreach (var (text, codePoint, column) in cases)
        {
            var prepared = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = text });

            var error = Assert.Single(prepared.Errors);
            Assert.Equal($"Syntax Error: Invalid character: {codePoint}.", error.Message);
            Assert.Equal([new ErrorLocation(1, column)], error.Locations);
        }
    }

    [Fact]
    public void Prepare_PairedSurrogatesInString_Accepted()
    {
        var preparer = new OperationPreparer(new DocumentCache(16), new OperationLimits());

        var prepared = preparer.Prepare(new OperationRequest { ApiSchema = Api, Query = "{ hello(name: \"\uD83D\uDE00 ok\") }" });

        Assert.Equal(PreparationFailure.None, prepared.Failure);
    }
}
