using GraphGateway.BenchSubgraphs.Hosting;

// Benchmark subgraphs for tests/load/run.sh: `dotnet GraphGateway.BenchSubgraphs.dll --urls http://127.0.0.1:4200`.
BenchSubgraphsApp.Build(args).Run();
