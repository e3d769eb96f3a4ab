namespace GraphGateway.Execution.Pipeline;

/// <summary>
/// The names of the built-in stages, in the order a request runs through them (docs/architecture.md "Stages"):
/// <c>read-request → resolve-document → parse-validate → authorize → plan → execute → complete → write</c>.
/// Custom stages are placed before or after one of these.
/// </summary>
public static class GatewayStages
{
    /// <summary>Reads the transport request into <see cref="GatewayRequestContext.Request"/> (GraphQL over HTTP: GET/POST, media types, size limit).</summary>
    public const string ReadRequest = "read-request";

    /// <summary>Resolves the document text from the request (the query text today; a persisted id or APQ hash later).</summary>
    public const string ResolveDocument = "resolve-document";

    /// <summary>Parses the document, checks limits, validates it against the API schema and coerces variables (cached per document).</summary>
    public const string ParseValidate = "parse-validate";

    /// <summary>Decides what the principal may see and contributes that decision to the plan-cache key (no-op until authorization is configured).</summary>
    public const string Authorize = "authorize";

    /// <summary>Finds the query plan in the plan cache or plans the operation (single-flight per key).</summary>
    public const string Plan = "plan";

    /// <summary>Runs the plan's fetches against the subgraphs and merges their results into the result tree.</summary>
    public const string Execute = "execute";

    /// <summary>Shapes the response from the client's operation: type conditions, null propagation, error paths.</summary>
    public const string Complete = "complete";

    /// <summary>Writes the response JSON (data, errors, extensions) in one pass into a pooled buffer.</summary>
    public const string Write = "write";

    /// <summary>The built-in stages in request order.</summary>
    public static IReadOnlyList<string> Order { get; } = [ReadRequest, ResolveDocument, ParseValidate, Authorize, Plan, Execute, Complete, Write];
}
