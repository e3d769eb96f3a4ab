namespace GraphGateway.Core.Composition;

/// <summary>One subgraph handed to composition.</summary>
/// <param name="Name">The subgraph name (becomes the <c>join__Graph</c> value, upper-cased).</param>
/// <param name="Sdl">The subgraph SDL (Federation 2 with <c>@link</c>, or Federation 1).</param>
/// <param name="Url">The routing URL written into <c>@join__graph(url:)</c>; empty when null.</param>
public sealed record SubgraphInput(string Name, string Sdl, string? Url);
