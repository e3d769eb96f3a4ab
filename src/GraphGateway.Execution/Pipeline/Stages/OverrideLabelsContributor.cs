using System.Globalization;

namespace GraphGateway.Execution.Pipeline.Stages;

/// <summary>
/// The built-in <see cref="IPlanCacheKeyContributor"/> for progressive <c>@override(label:)</c> (Apollo Federation 2.7):
/// decides per request which of the supergraph's labels are active — configured labels always, <c>percent(N)</c> labels
/// for N % of requests — sets <see cref="GatewayRequestContext.OverrideLabels"/> and adds the sorted labels as the key
/// part <c>overrides</c>. A supergraph without labels adds nothing.
/// </summary>
public sealed class OverrideLabelsContributor(GatewayExecutionSettings settings) : IPlanCacheKeyContributor
{
    /// <inheritdoc />
    public void Contribute(GatewayRequestContext context)
    {
        var labels = context.Snapshot!.OverrideLabels;
        if (labels.Count == 0)
        {
            return;
        }

        var active = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            if (label.StartsWith("percent(", StringComparison.Ordinal) && label.EndsWith(')')
                && double.TryParse(label.AsSpan(8, label.Length - 9), NumberStyles.Float, CultureInfo.InvariantCulture, out var percent))
            {
                if (Random.Shared.NextDouble() * 100 < percent)
                {
                    active.Add(label);
                }
            }
            else if (settings.EnabledOverrideLabels.Contains(label))
            {
                active.Add(label);
            }
        }

        context.OverrideLabels = active;
        context.PlanKey.Add("overrides", string.Join(',', active));
    }
}
