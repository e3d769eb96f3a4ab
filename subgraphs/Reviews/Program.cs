using GraphGateway.Subgraphs.Common.Hosting;
using GraphGateway.Subgraphs.Reviews;

return await SubgraphApplication.RunAsync(new ReviewsSubgraph(), args);
