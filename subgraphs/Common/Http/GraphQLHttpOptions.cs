namespace GraphGateway.Subgraphs.Common.Http;

/// <summary>Limits applied by the <c>/graphql</c> endpoint.</summary>
/// <param name="MaxRequestBytes">Largest POST body (bytes) or GET query string (UTF-16 chars) accepted; larger requests get HTTP 413.</param>
public sealed record GraphQLHttpOptions(int MaxRequestBytes);
