namespace GraphGateway.Execution.Transport.Health;

/// <summary>Active health of one URL: results of its periodic checks (<see cref="ActiveHealthCheck"/>).</summary>
internal sealed partial class SubgraphUrl
{
    private int _activeUnhealthy;
    private int _checkFailures;
    private int _checkPasses;
    private DateTimeOffset? _lastCheck;

    /// <summary>
    /// Records one health check. <see cref="SubgraphActiveHealthOptions.UnhealthyThreshold"/> failures in a row take the
    /// URL out of the rotation; <see cref="SubgraphActiveHealthOptions.HealthyThreshold"/> passes in a row bring it back,
    /// also from a passive ejection (its failure counts start over).
    /// </summary>
    /// <param name="passed">Whether the check passed.</param>
    /// <param name="failure">What failed, when it did not.</param>
    public void RecordCheck(bool passed, string? failure)
    {
        var active = Options.ActiveHealth;
        bool wentUnhealthy = false, returned = false;
        lock (_gate)
        {
            _lastCheck = _time.GetUtcNow();
            if (passed)
            {
                _checkFailures = 0;
                _checkPasses++;
                if ((_activeUnhealthy != 0 || _state != Healthy) && _checkPasses >= active.HealthyThreshold)
                {
                    Volatile.Write(ref _activeUnhealthy, 0);
                    ReturnLocked(_time.GetTimestamp());
                    returned = true;
                }
            }
            else
            {
                _checkPasses = 0;
                _checkFailures++;
                _lastFailure = "health check: " + failure;
                if (_activeUnhealthy == 0 && _checkFailures >= active.UnhealthyThreshold)
                {
                    Volatile.Write(ref _activeUnhealthy, 1);
                    SetSince();
                    wentUnhealthy = true;
                }
            }
        }

        if (wentUnhealthy)
        {
            TransportLog.Unhealthy(_logger, Subgraph, Url, active.UnhealthyThreshold, failure ?? "failed");
        }
        else if (returned)
        {
            TransportLog.Returned(_logger, Subgraph, Url, "its health check passed");
        }
    }

    /// <summary>Forgets check results (checks were switched off): the URL no longer counts as unhealthy.</summary>
    public void ResetChecks()
    {
        lock (_gate)
        {
            _checkFailures = 0;
            _checkPasses = 0;
            Volatile.Write(ref _activeUnhealthy, 0);
        }
    }
}
