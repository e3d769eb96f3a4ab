using GraphGateway.Execution.Pipeline;

namespace GraphGateway.AspNetCore.Builder;

/// <summary>Where a stage registered through the builder goes in the pipeline.</summary>
public enum StagePlacement
{
    /// <summary>Right before the anchor stage.</summary>
    Before,

    /// <summary>Right after the anchor stage.</summary>
    After,

    /// <summary>Instead of the anchor stage (e.g. an authorization stage in place of the built-in <see cref="GatewayStages.Authorize"/>).</summary>
    Replace,
}

/// <summary>
/// A stage added to the pipeline through <c>IGraphGatewayBuilder.AddStage</c>: its factory and its place relative to an
/// anchor stage (a <see cref="GatewayStages"/> name or the name of a stage registered earlier). Registrations are applied
/// in registration order when the pipeline is built; an unknown anchor stops the start with a message naming it.
/// </summary>
/// <param name="Anchor">The stage name it is placed relative to.</param>
/// <param name="Placement">Before, after or instead of the anchor.</param>
/// <param name="Factory">Creates the stage once (singleton) from the application's services.</param>
public sealed record GatewayStageRegistration(string Anchor, StagePlacement Placement, Func<IServiceProvider, IGatewayStage> Factory);
