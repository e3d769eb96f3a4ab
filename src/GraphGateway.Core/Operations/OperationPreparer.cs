using System.Security.Cryptography;
using System.Text;
using GraphGateway.Core.Errors;
using GraphGateway.Core.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace GraphGateway.Core.Operations;

/// <summary>
/// Turns request text into a <see cref="ValidatedOperation"/>: token guard, parse (with the recursion limit),
/// shape guards, operation selection (GraphQL spec §6.1 GetOperation), validation (§5, cached per document
/// hash and schema), the introspection switch and variable coercion (§6.1.2). Never throws for bad input.
/// </summary>
public sealed class OperationPreparer
{
    private readonly DocumentCache _cache;
    private readonly OperationLimits _limits;

    /// <summary>Creates a preparer over a document cache and limits.</summary>
    public OperationPreparer(DocumentCache cache, OperationLimits limits)
    {
        _cache = cache;
        _limits = limits;
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Prepares <paramref name="request"/>. A document seen before is found by its text in the <see cref="DocumentCache"/>
    /// (its SHA-256 is computed once, when it is parsed); an operation without variable definitions that was prepared
    /// before against the same schema and operation name is returned as the same <see cref="PreparedOperation"/>.
    /// </summary>
    public PreparedOperation Prepare(OperationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var entry = _cache.Get(request.Query);
        if (entry is null)
        {
            var failure = Parse(request.Query, Hash(request.Query), out entry);
            if (failure is not null)
            {
                return failure;
            }

            _cache.Add(entry!);
        }

        if (entry!.Metrics.Check(_limits) is { } limitError)
        {
            return PreparedOperation.Fail(PreparationFailure.Limit, [limitError]);
        }

        var selected = Select(entry.Document, request.OperationName, out var selectionError);
        OperationKind? operationType = selected is null ? null : OperationKinds.From(selected.Operation);
        if (selected is not null && !request.AllowMutations && selected.Operation == OperationType.Mutation)
        {
            return PreparedOperation.Fail(PreparationFailure.OperationNotAllowed,
                [new GraphQLError("Mutations can only be sent over POST; this request used GET.", ErrorCodes.BadRequest)], operationType);
        }

        var errors = entry.ValidationErrors(request.ApiSchema, 0, static (schema, document, _) => DocumentValidator.Validate(schema, document.Document, document.Text));
        if (errors.Count > 0)
        {
            return PreparedOperation.Fail(PreparationFailure.Validation, errors, operationType);
        }

        if (!request.AllowIntrospection && entry.IntrospectionFields.Count > 0)
        {
            return PreparedOperation.Fail(PreparationFailure.Validation, entry.IntrospectionFields, operationType);
        }

        if (selected is null)
        {
            return PreparedOperation.Fail(PreparationFailure.OperationResolution, [selectionError!]);
        }

        // Without variable definitions the outcome depends only on the document, the schema and the operation name.
        var reusable = selected.Variables is null || selected.Variables.Items.Count == 0;
        if (reusable && entry.FindPrepared(request.ApiSchema, request.OperationName) is { } again)
        {
            return again;
        }

        var variables = VariableCoercer.Coerce(request.ApiSchema, selected, request.Variables, entry.Locate, out var coercionErrors);
        if (variables is null)
        {
            return PreparedOperation.Fail(PreparationFailure.VariableCoercion, coercionErrors, operationType);
        }

        var operation = new ValidatedOperation(entry.Document, selected, request.OperationName, entry.Hash, variables, entry.Fragments);
        var prepared = new PreparedOperation(operation, PreparationFailure.None, [], operationType);
        if (reusable)
        {
            entry.RememberPrepared(request.ApiSchema, request.OperationName, prepared);
        }

        return prepared;
    }

    private PreparedOperation? Parse(string text, string hash, out CachedDocument? entry)
    {
        entry = null;
        if (UnpairedSurrogateAt(text) is var at and >= 0)
        {
            var l = new Schemas.SourceText(text, null).Locate(at);
            return PreparedOperation.Fail(PreparationFailure.Parse,
                [new GraphQLError($"Syntax Error: Invalid character: U+{(int)text[at]:X4}.", ErrorCodes.ParseFailed) { Locations = [new ErrorLocation(l.Line, l.Column)] }]);
        }

        if (_limits.MaxTokens > 0 && DocumentMetrics.CountTokens(text, _limits.MaxTokens) is { } tokens && tokens > _limits.MaxTokens)
        {
            return PreparedOperation.Fail(PreparationFailure.Limit,
                [new GraphQLError($"The document has more than {_limits.MaxTokens} tokens.", ErrorCodes.LimitExceeded)]);
        }

        GraphQLDocument document;
        try
        {
            document = Parser.Parse(text, new ParserOptions
            {
                Ignore = IgnoreOptions.Comments,
                MaxDepth = _limits.ParserRecursionLimit > 0 ? _limits.ParserRecursionLimit : null,
            });
        }
        catch (GraphQLMaxDepthExceededException)
        {
            return PreparedOperation.Fail(PreparationFailure.Limit,
                [new GraphQLError($"The document is nested deeper than the parser's limit of {_limits.ParserRecursionLimit}.", ErrorCodes.LimitExceeded)]);
        }
        catch (GraphQLParserException ex)
        {
            var message = "Syntax Error: " + ex.Description.Split("; for more information", 2)[0].TrimEnd('.') + ".";
            return PreparedOperation.Fail(PreparationFailure.Parse,
                [new GraphQLError(message, ErrorCodes.ParseFailed) { Locations = [new ErrorLocation(ex.Location.Line, ex.Location.Column)] }]);
        }

        var source = new Schemas.SourceText(text, null);
        if (document.Definitions.Count == 0)
        {
            var end = source.Locate(text.Length);
            return PreparedOperation.Fail(PreparationFailure.Parse,
                [new GraphQLError("Syntax Error: Unexpected <EOF>.", ErrorCodes.ParseFailed) { Locations = [new ErrorLocation(end.Line, end.Column)] }]);
        }

        var introspection = new List<GraphQLError>();
        CollectIntrospection(document, source, introspection);
        entry = new CachedDocument(hash, text, document, DocumentMetrics.Measure(document), introspection);
        return null;
    }

    /// <summary>
    /// The index of the first unpaired surrogate in <paramref name="text"/>, or -1. GraphQL source text is a sequence of
    /// Unicode scalar values (GraphQL spec §2.1 SourceCharacter), so such a document is a syntax error. It must be refused
    /// before it is hashed: <see cref="Hash"/> encodes it to UTF-8 with U+FFFD in place of the surrogate, so a document
    /// with a lone surrogate and the same document with U+FFFD there had one hash, and the plan cache (keyed by that
    /// hash) answered one with the other's plan — its arguments, its data.
    /// </summary>
    private static int UnpairedSurrogateAt(string text)
    {
        var i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return -1;
        }

        for (; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }

    private static void CollectIntrospection(GraphQLDocument document, Schemas.SourceText source, List<GraphQLError> errors)
    {
        void Walk(GraphQLSelectionSet? set)
        {
            foreach (var s in set?.Selections ?? [])
            {
                switch (s)
                {
                    case GraphQLField f:
                        var name = f.Name.StringValue;
                        if (name is "__schema" or "__type")
                        {
                            var l = source.Locate(f.Location.Start);
                            errors.Add(new GraphQLError(
                                $"GraphQL introspection has been disabled, but the requested query contained the field \"{name}\".",
                                ErrorCodes.IntrospectionDisabled) { Locations = [new ErrorLocation(l.Line, l.Column)] });
                        }

                        Walk(f.SelectionSet);
                        break;
                    case GraphQLInlineFragment i:
                        Walk(i.SelectionSet);
                        break;
                }
            }
        }

        foreach (var d in document.Definitions)
        {
            if (d is GraphQLExecutableDefinition e)
            {
                Walk(e.SelectionSet);
            }
        }
    }

    /// <summary>GraphQL spec §6.1 GetOperation.</summary>
    private static GraphQLOperationDefinition? Select(GraphQLDocument document, string? name, out GraphQLError? error)
    {
        error = null;
        GraphQLOperationDefinition? first = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition operation)
            {
                continue;
            }

            if (name is not null && operation.Name?.StringValue == name)
            {
                return operation;
            }

            first ??= operation;
            count++;
        }

        if (name is null)
        {
            if (count == 1)
            {
                return first;
            }

            error = new GraphQLError(
                count == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.",
                ErrorCodes.OperationResolutionFailure);
            return null;
        }

        error = new GraphQLError($"Unknown operation named \"{name}\".", ErrorCodes.OperationResolutionFailure);
        return null;
    }
}
