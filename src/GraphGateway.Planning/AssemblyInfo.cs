namespace GraphGateway.Planning;

/// <summary>Marker for the GraphGateway.Planning assembly.</summary>
internal static class AssemblyMarker;
