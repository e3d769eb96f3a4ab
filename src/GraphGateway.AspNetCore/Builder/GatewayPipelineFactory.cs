using GraphGateway.Execution.Diagnostics;
using GraphGateway.Execution.Pipeline;
using GraphGateway.Execution.Pipeline.Stages;
using GraphGateway.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGateway.AspNetCore.Builder;

/// <summary>
/// Builds the <see cref="GatewayPipeline"/>: the built-in stages in <see cref="GatewayStages.Order"/>, then each
/// <see cref="GatewayStageRegistration"/> placed before, after or instead of its anchor, in registration order.
/// </summary>
internal static class GatewayPipelineFactory
{
    /// <exception cref="InvalidOperationException">A registration names a stage that is not in the pipeline; the message lists the stages.</exception>
    public static GatewayPipeline Create(IServiceProvider services)
    {
        var stages = new List<IGatewayStage>
        {
            ActivatorUtilities.CreateInstance<ReadRequestStage>(services),
            new ResolveDocumentStage(),
            ActivatorUtilities.CreateInstance<ParseValidateStage>(services),
            new AuthorizeStage(),
            ActivatorUtilities.CreateInstance<PlanStage>(services),
            ActivatorUtilities.CreateInstance<ExecuteStage>(services),
            new CompleteStage(),
            new WriteStage(),
        };
        foreach (var registration in services.GetServices<GatewayStageRegistration>())
        {
            var at = stages.FindIndex(s => s.Name == registration.Anchor);
            if (at < 0)
            {
                throw new InvalidOperationException(
                    $"A pipeline stage was registered relative to '{registration.Anchor}', which is not a stage of the pipeline ({string.Join(", ", stages.Select(s => s.Name))}).");
            }

            var stage = registration.Factory(services);
            switch (registration.Placement)
            {
                case StagePlacement.Before:
                    stages.Insert(at, stage);
                    break;
                case StagePlacement.After:
                    stages.Insert(at + 1, stage);
                    break;
                default:
                    stages[at] = stage;
                    break;
            }
        }

        var environment = services.GetService<IHostEnvironment>();
        return new GatewayPipeline(stages, services.GetRequiredService<GatewayEvents>(), services.GetRequiredService<ILogger<GatewayPipeline>>(),
            environment?.IsDevelopment() ?? false);
    }
}
