using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphGateway.Execution.Transport.Health;

/// <summary>
/// Health and load state of every subgraph URL, kept across supergraph reloads: an <see cref="HttpSubgraphClient"/>
/// built for a new supergraph takes over the state of each URL it still uses (same subgraph name and URL), so an
/// ejected instance stays ejected and a reload does not reset what was learnt. Runs the active health checks of the
/// URLs of the latest client (<see cref="SubgraphActiveHealthOptions"/>) and stops those of URLs no longer used.
/// </summary>
/// <remarks>
/// The read side, <see cref="GetStatuses"/>, is the public view of each URL's state for readiness checks, metrics and
/// diagnostics (docs/runtime.md, "Load balancing and failover"). One registry per gateway (a singleton in DI); dispose
/// it to stop the health checks.
/// </remarks>
public sealed class SubgraphHealthRegistry : IDisposable
{
    private readonly IHttpClientFactory _factory;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Dictionary<(string Subgraph, string Url), Entry> _entries = [];
    private bool _disposed;

    /// <summary>Creates an empty registry.</summary>
    /// <param name="factory">Creates the named subgraph clients (<see cref="HttpSubgraphClient.ClientName"/>) for health checks.</param>
    /// <param name="timeProvider">Clock for ejections, latencies and check intervals; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">URL state changes (events 4101, 4102, 4104, 4106) and failed checks (4107, debug); none when null.</param>
    public SubgraphHealthRegistry(IHttpClientFactory factory, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        _factory = factory;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The clock every URL of this registry uses.</summary>
    internal TimeProvider Time => _time;

    /// <summary>
    /// Each URL of each subgraph, in subgraph name order and then in the order the URLs are configured: its state in the
    /// rotation, requests in flight, latency and last failure. URLs of subgraphs no longer in the supergraph are gone.
    /// </summary>
    public IReadOnlyList<SubgraphUrlStatus> GetStatuses()
    {
        Entry[] entries;
        lock (_gate)
        {
            entries = [.. _entries.Values];
        }

        return entries
            .OrderBy(e => e.Url.Subgraph, StringComparer.Ordinal)
            .ThenBy(e => e.Url.Index)
            .Select(e => e.Url.Status())
            .ToArray();
    }

    /// <summary>
    /// The URL states for <paramref name="endpoints"/>: existing ones (their settings updated) or new healthy ones.
    /// URLs not among them leave the registry and their health checks stop; checks start for new URLs and restart when
    /// their settings changed.
    /// </summary>
    internal Dictionary<string, SubgraphUrl[]> Attach(IReadOnlyDictionary<string, SubgraphEndpoint> endpoints)
    {
        var result = new Dictionary<string, SubgraphUrl[]>(StringComparer.Ordinal);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var next = new Dictionary<(string, string), Entry>();
            foreach (var (name, endpoint) in endpoints)
            {
                var urls = endpoint.AllUrls;
                var states = new SubgraphUrl[urls.Count];
                for (var i = 0; i < urls.Count; i++)
                {
                    var key = (name, urls[i].AbsoluteUri);
                    if (!_entries.Remove(key, out var entry))
                    {
                        entry = new Entry(new SubgraphUrl(name, urls[i], i, endpoint.Resilience, _time, _logger));
                    }

                    entry.Url.Index = i;
                    entry.Url.Options = endpoint.Resilience;
                    entry.UpdateCheck(endpoint.Resilience.ActiveHealth, _factory, _time);
                    next[key] = entry;
                    states[i] = entry.Url;
                }

                result[name] = states;
            }

            foreach (var gone in _entries.Values)
            {
                gone.StopCheck();
            }

            _entries = next;
        }

        return result;
    }

    /// <summary>Stops every health check. URL states stay readable.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var entry in _entries.Values)
            {
                entry.StopCheck();
            }
        }
    }

    private sealed class Entry(SubgraphUrl url)
    {
        private ActiveHealthCheck? _check;

        public SubgraphUrl Url { get; } = url;

        public void UpdateCheck(SubgraphActiveHealthOptions options, IHttpClientFactory factory, TimeProvider time)
        {
            if (_check is not null && (!options.Enabled || !Equals(_check.Options, options)))
            {
                StopCheck();
            }

            if (!options.Enabled)
            {
                Url.ResetChecks();
            }

            if (options.Enabled && _check is null)
            {
                _check = new ActiveHealthCheck(Url, options, factory, time);
            }
        }

        public void StopCheck()
        {
            _check?.Dispose();
            _check = null;
        }
    }
}
