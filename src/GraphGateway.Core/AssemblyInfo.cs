namespace GraphGateway.Core;

/// <summary>Marker for the GraphGateway.Core assembly.</summary>
internal static class AssemblyMarker;
