namespace GraphGateway.AspNetCore;

/// <summary>Marker for the GraphGateway.AspNetCore assembly.</summary>
internal static class AssemblyMarker;
