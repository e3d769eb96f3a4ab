using System.Text.Json;
using GraphGateway.Core.Schemas;

namespace GraphGateway.Core.Operations;

/// <summary>The GraphQL parts of a request (GraphQL over HTTP "Request Parameters") and what the caller allows.</summary>
public sealed record OperationRequest
{
    /// <summary>The API schema to validate against (from the request's gateway snapshot).</summary>
    public required Schema ApiSchema { get; init; }

    /// <summary>The document text.</summary>
    public required string Query { get; init; }

    /// <summary>The operation name, or null.</summary>
    public string? OperationName { get; init; }

    /// <summary>The <c>variables</c> JSON object, or null.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>When false, <c>__schema</c> and <c>__type</c> are refused (<c>INTROSPECTION_DISABLED</c>). <c>__typename</c> is always allowed.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>When false, a selected mutation fails with <see cref="PreparationFailure.OperationNotAllowed"/> before validation (GET requests).</summary>
    public bool AllowMutations { get; init; } = true;
}
