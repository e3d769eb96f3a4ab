using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Transport;

/// <summary>Log events of the subgraph transport (event ids 4101–4107); each URL state change has its own id.</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Subgraph {Subgraph} URL {Url} ejected from the rotation for {EjectionTime} after: {Reason}.")]
    public static partial void Ejected(ILogger logger, string subgraph, Uri url, TimeSpan ejectionTime, string reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Subgraph {Subgraph} URL {Url} is back in the rotation: {How}.")]
    public static partial void Returned(ILogger logger, string subgraph, Uri url, string how);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Retrying a query to subgraph {Subgraph} in {Delay} (retry {Retry}) after: {Reason}.")]
    public static partial void Retrying(ILogger logger, string subgraph, TimeSpan delay, int retry, string reason);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Subgraph {Subgraph} URL {Url} is half-open: one probe request is sent to it.")]
    public static partial void ProbeSent(ILogger logger, string subgraph, Uri url);

    [LoggerMessage(EventId = 4105, Level = LogLevel.Debug, Message = "Sending a request to subgraph {Subgraph} to another URL: {Url} was not reached ({Reason}).")]
    public static partial void FailingOver(ILogger logger, string subgraph, Uri url, string reason);

    [LoggerMessage(EventId = 4106, Level = LogLevel.Warning, Message = "Subgraph {Subgraph} URL {Url} failed {Count} health checks in a row and is out of the rotation: {Reason}.")]
    public static partial void Unhealthy(ILogger logger, string subgraph, Uri url, int count, string reason);

    [LoggerMessage(EventId = 4107, Level = LogLevel.Debug, Message = "Health check of subgraph {Subgraph} URL {Url} failed: {Reason}.")]
    public static partial void CheckFailed(ILogger logger, string subgraph, Uri url, string reason);
}
