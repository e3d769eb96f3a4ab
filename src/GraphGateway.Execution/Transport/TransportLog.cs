using Microsoft.Extensions.Logging;

namespace GraphGateway.Execution.Transport;

/// <summary>Log events of the subgraph transport (event ids 4101–4103).</summary>
internal static partial class TransportLog
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Circuit breaker opened for subgraph {Subgraph} at {Url} for {BreakDuration}; requests to it fail fast.")]
    public static partial void CircuitOpened(ILogger logger, string subgraph, Uri url, TimeSpan breakDuration);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "Circuit breaker closed for subgraph {Subgraph} at {Url}.")]
    public static partial void CircuitClosed(ILogger logger, string subgraph, Uri url);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Retrying a query to subgraph {Subgraph} in {Delay} (retry {Retry}) after: {Reason}.")]
    public static partial void Retrying(ILogger logger, string subgraph, TimeSpan delay, int retry, string reason);
}
