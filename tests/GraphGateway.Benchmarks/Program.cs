using BenchmarkDotNet.Running;

// Runs the benchmarks of this assembly: `dotnet run -c Release --project tests/GraphGateway.Benchmarks -- --filter '*'`.
// `-- --alloc-profile [requests] [http]` prints the cached-plan request's (or the HTTP layer's) allocations by type instead (Perf/AllocationProfile.cs).
if (args.Length > 0 && args[0] == "--alloc-profile")
{
    return GraphGateway.Benchmarks.Perf.AllocationProfile.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgramMarker).Assembly).Run(args);
return 0;

/// <summary>Marks this assembly for BenchmarkSwitcher.</summary>
internal sealed class BenchmarkProgramMarker;
