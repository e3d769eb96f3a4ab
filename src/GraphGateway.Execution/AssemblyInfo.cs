namespace GraphGateway.Execution;

/// <summary>Marker for the GraphGateway.Execution assembly.</summary>
internal static class AssemblyMarker;
