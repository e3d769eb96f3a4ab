using GraphGateway.Core.Errors;

namespace GraphGateway.Core.Operations;

/// <summary>Why an operation could not be prepared; the HTTP layer maps each kind to a status code.</summary>
public enum PreparationFailure
{
    /// <summary>Prepared; <see cref="PreparedOperation.Operation"/> is set.</summary>
    None,

    /// <summary>The document has a syntax error (<c>GRAPHQL_PARSE_FAILED</c>).</summary>
    Parse,

    /// <summary>A document limit was exceeded (<c>LIMIT_EXCEEDED</c>).</summary>
    Limit,

    /// <summary>The selected operation's type is not allowed for this request (a mutation over GET).</summary>
    OperationNotAllowed,

    /// <summary>The document failed validation (<c>GRAPHQL_VALIDATION_FAILED</c>, or <c>INTROSPECTION_DISABLED</c>).</summary>
    Validation,

    /// <summary>No operation matches the operation name (<c>OPERATION_RESOLUTION_FAILURE</c>).</summary>
    OperationResolution,

    /// <summary>Variables could not be coerced (<c>BAD_USER_INPUT</c>).</summary>
    VariableCoercion,
}

/// <summary>The outcome of <see cref="OperationPreparer.Prepare"/>: a validated operation, or the failure kind and its errors.</summary>
/// <param name="Operation">The operation ready to execute; null on failure.</param>
/// <param name="Failure">The failure kind, <see cref="PreparationFailure.None"/> on success.</param>
/// <param name="Errors">The errors to answer with (empty on success).</param>
/// <param name="Kind">The selected operation's type, when one was selected.</param>
public sealed record PreparedOperation(ValidatedOperation? Operation, PreparationFailure Failure, IReadOnlyList<GraphQLError> Errors, OperationKind? Kind = null)
{
    /// <summary>A failure with errors.</summary>
    public static PreparedOperation Fail(PreparationFailure failure, IReadOnlyList<GraphQLError> errors, OperationKind? kind = null) =>
        new(null, failure, errors, kind);
}
