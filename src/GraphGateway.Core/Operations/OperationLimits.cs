namespace GraphGateway.Core.Operations;

/// <summary>
/// Guards applied to a document before validation and planning (configuration section
/// <c>GraphGateway:Limits</c>). Each limit refuses the request with <c>extensions.code</c>
/// <c>LIMIT_EXCEEDED</c> and a message naming the limit. Zero or negative turns a limit off.
/// </summary>
public sealed record OperationLimits
{
    /// <summary>Maximum lexical tokens in the document (comments not counted). Default 15000.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum selection depth of any operation, fragments expanded (a root field is depth 1). Default 32.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Maximum aliased fields in the document. Default 256.</summary>
    public int MaxAliases { get; init; } = 256;

    /// <summary>Maximum directives applied at one location (one field, fragment, operation or variable). Default 16.</summary>
    public int MaxDirectivesPerLocation { get; init; } = 16;

    /// <summary>The parser's recursion limit (nesting of AST nodes); deeper documents are refused. Default 128.</summary>
    public int ParserRecursionLimit { get; init; } = 128;

    /// <summary>Maximum request body size in bytes (HTTP 413 above it). Default 1 MiB.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>Parsed and validated documents kept in the document cache (least recently used dropped first). Default 1024.</summary>
    public int DocumentCacheSize { get; init; } = 1024;
}
