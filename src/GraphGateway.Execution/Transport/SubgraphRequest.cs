using GraphGateway.Core.Operations;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Planning.Plans;

namespace GraphGateway.Execution.Transport;

/// <summary>
/// One request to a subgraph as the executor hands it to an <see cref="ISubgraphClient"/>: the serialized GraphQL
/// request (<c>{"query":...,"operationName":...,"variables":{...}}</c>, with <c>representations</c> for entity fetches)
/// plus what it was built from, so decorators can key caches, deduplicate or rewrite it without parsing the body.
/// A small value passed down the decorator chain; <see cref="Body"/> is valid until the request's result is returned.
/// </summary>
/// <param name="Subgraph">The subgraph name as in the supergraph.</param>
/// <param name="Kind">The subgraph operation's type: queries (root fields or <c>_entities</c>) may be retried, mutations never.</param>
/// <param name="Body">UTF-8 JSON of the GraphQL request.</param>
/// <param name="Fetch">The plan's fetch node the request belongs to, or null for a request not made from a plan (health probes, tests).</param>
/// <param name="Context">The client request, or null outside a request (its headers, principal and items).</param>
public readonly record struct SubgraphRequest(string Subgraph, OperationKind Kind, ReadOnlyMemory<byte> Body, FetchNode? Fetch, GatewayRequestContext? Context);
