using BenchmarkDotNet.Running;

// Runs the benchmarks of this assembly: `dotnet run -c Release --project tests/GraphGateway.Benchmarks -- --filter '*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
