using System.Text.Json;

namespace GraphGateway.AspNetCore.Http;

/// <summary>The GraphQL over HTTP request parameters (§"Request Parameters").</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">The operation name, or null.</param>
/// <param name="Variables">The variables object, or null.</param>
/// <param name="Extensions">The extensions object, or null.</param>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);

/// <summary>A request that could not be read: the HTTP status, the message and the error code.</summary>
/// <param name="StatusCode">400, 413 or 415.</param>
/// <param name="Message">What is wrong and where.</param>
/// <param name="Code"><c>extensions.code</c>; <c>BAD_REQUEST</c> unless a client protocol expects another (APQ).</param>
internal sealed record RequestReadError(int StatusCode, string Message, string Code = "BAD_REQUEST");
