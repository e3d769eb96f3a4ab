namespace GraphGateway.Subgraphs.Common.Hosting;

/// <summary>Configuration keys read by every sample subgraph (environment variables use <c>__</c> for <c>:</c>).</summary>
public static class SubgraphOptions
{
    /// <summary>SQLite database file path; relative paths are resolved against the content root. Default: <c>data/&lt;name&gt;.db</c>.</summary>
    public const string DatabasePathKey = "Database:Path";

    /// <summary>Largest accepted request body in bytes (POST) or query string length (GET). Default: <see cref="DefaultMaxRequestBytes"/>.</summary>
    public const string MaxRequestBytesKey = "GraphQL:MaxRequestBytes";

    /// <summary>Default request size limit: 256 KiB.</summary>
    public const int DefaultMaxRequestBytes = 256 * 1024;

    /// <summary>Request header naming the signed-in user for <c>Query.me</c> (set by the gateway after authentication).</summary>
    public const string UserIdHeader = "x-user-id";
}
