namespace GraphGateway.Subgraphs.Common; internal static class Marker;
