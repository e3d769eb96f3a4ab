namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// Why a request ended before producing data; the transport maps each kind to a status code (GraphQL over HTTP §6.4
/// "Response": with <c>application/graphql-response+json</c> request errors are 4xx; with <c>application/json</c>
/// well-formed requests get 200).
/// </summary>
public enum RequestErrorKind
{
    /// <summary>
    /// The transport request itself is unusable (unreadable body, wrong media type, too large, method not allowed): the
    /// given status code whatever the response media type.
    /// </summary>
    Transport,

    /// <summary>
    /// The GraphQL request failed before execution (parse, validation, limits, operation resolution, variable coercion,
    /// authorization refusal): 400 with <c>application/graphql-response+json</c>, 200 with <c>application/json</c>.
    /// </summary>
    Request,

    /// <summary>Execution could not start or produced no data (planning failed, gateway bug): 500 / 200.</summary>
    Execution,

    /// <summary>The gateway cannot serve right now (no supergraph loaded, draining): the given status (503) for every media type.</summary>
    Unavailable,
}
