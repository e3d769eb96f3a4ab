using Microsoft.Extensions.Logging;

namespace GraphGateway.AspNetCore.Ide;

/// <summary>Log messages of the IDE (event ids 3100–3199).</summary>
internal static partial class IdeLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "GraphQL IDE served at {Path} (open it in a browser).")]
    public static partial void IdeEnabled(ILogger logger, string path);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning,
        Message = "GraphQL IDE is enabled but its bundle is not in this build (built with -p:GraphGatewayIdeBuild=false?); the IDE is not served.")]
    public static partial void IdeAssetsMissing(ILogger logger);
}
