using BenchmarkDotNet.Running;

// Runs the benchmarks of this assembly: `dotnet run -c Release --project tests/GraphGateway.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgramMarker).Assembly).Run(args);

/// <summary>Marks this assembly for BenchmarkSwitcher.</summary>
internal sealed class BenchmarkProgramMarker;
