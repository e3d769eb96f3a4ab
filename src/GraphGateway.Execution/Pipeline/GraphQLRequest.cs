using System.Text.Json;

namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// The parameters of one GraphQL request as a transport delivers them (GraphQL over HTTP §5.1 "Request Parameters"):
/// <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c>. A request may carry no query text when a
/// later document stage resolves it from <see cref="Extensions"/> (persisted documents).
/// </summary>
/// <param name="Query">The document text, or null.</param>
/// <param name="OperationName">The operation to run, or null when the document has one.</param>
/// <param name="Variables">The <c>variables</c> object, or null.</param>
/// <param name="Extensions">The <c>extensions</c> object, or null.</param>
public sealed record GraphQLRequest(string? Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);
